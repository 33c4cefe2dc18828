package org.garrison.facilities.records;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ServiceRecordRepository extends JpaRepository<ServiceRecord, Long>, JpaSpecificationExecutor<ServiceRecord> {

    List<ServiceRecord> findByWorkOrderIdOrderByRecordedAtDesc(long workOrderId);

    List<ServiceRecord> findByTaskIdOrderByRecordedAtDesc(long taskId);

}
