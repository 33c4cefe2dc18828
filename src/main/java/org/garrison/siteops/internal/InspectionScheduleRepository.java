package org.garrison.siteops.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionScheduleRepository extends JpaRepository<InspectionSchedule, Long> {

    List<InspectionSchedule> findBySiteIdInOrderByNextDueAsc(Collection<Long> siteIds);

    Optional<InspectionSchedule> findBySiteIdAndChecklistId(long siteId, long checklistId);

}
