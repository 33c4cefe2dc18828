package org.garrison.siteops.inspections;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface HazardRepository extends JpaRepository<Hazard, Long>, JpaSpecificationExecutor<Hazard>, HazardCounts {

    boolean existsByPatrolScanId(String patrolScanId);

    @Query("select h from Hazard h where h.status = org.garrison.siteops.inspections.Hazard.Status.OPEN "
            + "and h.deadline < ?1 and h.overdueAlerted = false order by h.deadline")
    List<Hazard> overdueNotAlerted(LocalDate today);

}
