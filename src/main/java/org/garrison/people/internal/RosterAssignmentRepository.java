package org.garrison.people.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface RosterAssignmentRepository extends JpaRepository<RosterAssignment, Long>, JpaSpecificationExecutor<RosterAssignment> {

    List<RosterAssignment> findByEmployeeIdOrderBySinceDesc(long employeeId);

    Optional<RosterAssignment> findByEmployeeIdAndUntilIsNull(long employeeId);

}
