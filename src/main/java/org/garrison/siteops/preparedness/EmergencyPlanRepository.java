package org.garrison.siteops.preparedness;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EmergencyPlanRepository extends JpaRepository<EmergencyPlan, Long>, JpaSpecificationExecutor<EmergencyPlan> {

    List<EmergencyPlan> findBySiteIdAndStatusOrderByTitleAsc(long siteId, EmergencyPlan.Status status);

}
