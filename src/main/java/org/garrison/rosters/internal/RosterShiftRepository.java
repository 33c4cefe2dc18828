package org.garrison.rosters.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RosterShiftRepository extends JpaRepository<RosterShift, Long> {

    List<RosterShift> findByRosterIdOrderByServiceDayAscSiteIdAscPostNameAscStartsAtAscSlotAsc(long rosterId);

    @Query("select s from RosterShift s where s.state = org.garrison.rosters.internal.RosterShift.State.PUBLISHED "
            + "and s.serviceDay between ?1 and ?2")
    List<RosterShift> findPublished(LocalDate first, LocalDate last);

    List<RosterShift> findByEmployeeIdAndServiceDayBetween(long employeeId, LocalDate first, LocalDate last);

    List<RosterShift> findByEmployeeIdInAndServiceDayBetween(Collection<Long> employeeIds, LocalDate first, LocalDate last);

}
