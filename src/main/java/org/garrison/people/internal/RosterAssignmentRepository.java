package org.garrison.people.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface RosterAssignmentRepository extends JpaRepository<RosterAssignment, Long>, JpaSpecificationExecutor<RosterAssignment> {

    List<RosterAssignment> findByEmployeeIdOrderBySinceDesc(long employeeId);

    Optional<RosterAssignment> findByEmployeeIdAndUntilIsNull(long employeeId);

    /** The posts of the employee's postings that cover the day (it began, and did not end on or before it). */
    @Query("select a.postId from RosterAssignment a where a.employeeId = :employeeId and a.postId is not null "
            + "and a.since <= :day and (a.until is null or a.until > :day) order by a.since desc")
    List<Long> postsOn(long employeeId, LocalDate day);

}
