package org.garrison.duty.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SupervisionPlanRepository extends JpaRepository<SupervisionPlan, Long>, JpaSpecificationExecutor<SupervisionPlan> {

}
