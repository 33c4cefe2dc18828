package org.garrison.people.internal;


import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface HiringPlanRepository extends JpaRepository<HiringPlan, Long>, JpaSpecificationExecutor<HiringPlan> {

    boolean existsByStartUpTaskIdAndPostId(long startUpTaskId, long postId);

}
