package org.garrison.siteops.inspections;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InspectionScheduleRepository extends JpaRepository<InspectionSchedule, Long>, JpaSpecificationExecutor<InspectionSchedule> {

    Optional<InspectionSchedule> findBySiteIdAndChecklistId(long siteId, long checklistId);

}
