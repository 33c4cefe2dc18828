package org.garrison.people.internal;

import java.util.Optional;


import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface HiringPlanRepository extends JpaRepository<HiringPlan, Long>, JpaSpecificationExecutor<HiringPlan> {

    boolean existsByStartUpTaskIdAndPostId(long startUpTaskId, long postId);

    Optional<HiringPlan> findFirstBySiteIdAndPostIdAndOpenTrueOrderById(long siteId, long postId);

}
