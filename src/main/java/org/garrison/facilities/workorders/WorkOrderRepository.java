package org.garrison.facilities.workorders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WorkOrderRepository extends JpaRepository<WorkOrder, Long>, JpaSpecificationExecutor<WorkOrder> {

    Optional<WorkOrder> findByNumber(String number);

    Optional<WorkOrder> findByClockRef(String clockRef);

    /**
     * Marks the order of a clock overdue in place, without touching its version: a breach never conflicts with a
     * move made at the same time (the entity updates only the columns it changed).
     */
    @Modifying
    @Query("UPDATE WorkOrder w SET w.overdue = TRUE WHERE w.clockRef = :clockRef")
    int markOverdue(String clockRef);

    List<WorkOrder> findTop200ByStateAndDoneAtBeforeOrderByDoneAtAsc(WorkOrderState state, Instant doneBefore);

}
