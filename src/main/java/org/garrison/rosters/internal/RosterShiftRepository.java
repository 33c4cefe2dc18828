package org.garrison.rosters.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RosterShiftRepository extends JpaRepository<RosterShift, Long> {

    List<RosterShift> findByRosterIdOrderByServiceDayAscSiteIdAscPostNameAscStartsAtAscSlotAsc(long rosterId);

}
