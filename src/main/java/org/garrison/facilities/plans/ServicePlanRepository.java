package org.garrison.facilities.plans;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ServicePlanRepository extends JpaRepository<ServicePlan, Long>, JpaSpecificationExecutor<ServicePlan> {

    List<ServicePlan> findByActiveTrue();

}
