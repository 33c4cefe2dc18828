package org.garrison.facilities.workorders;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkOrderStepRepository extends JpaRepository<WorkOrderStep, Long> {

    List<WorkOrderStep> findByWorkOrderIdOrderByAtAscIdAsc(long workOrderId);

}
