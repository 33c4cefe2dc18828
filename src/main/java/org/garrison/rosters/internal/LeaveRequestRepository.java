package org.garrison.rosters.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface LeaveRequestRepository extends JpaRepository<LeaveRequest, Long>, JpaSpecificationExecutor<LeaveRequest> {

    List<LeaveRequest> findByEmployeeIdInAndStateAndFirstDayLessThanEqualAndLastDayGreaterThanEqual(
            Collection<Long> employees, RequestState state, LocalDate to, LocalDate from);

    List<LeaveRequest> findTop20ByEmployeeIdOrderByRequestedAtDesc(long employeeId);

}
