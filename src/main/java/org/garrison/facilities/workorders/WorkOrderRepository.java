package org.garrison.facilities.workorders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface WorkOrderRepository extends JpaRepository<WorkOrder, Long>, JpaSpecificationExecutor<WorkOrder> {

    Optional<WorkOrder> findByNumber(String number);

    Optional<WorkOrder> findByClockRef(String clockRef);

    List<WorkOrder> findTop200ByStateAndDoneAtBeforeOrderByDoneAtAsc(WorkOrderState state, Instant doneBefore);

}
