package org.garrison.siteops.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface HazardRepository extends JpaRepository<Hazard, Long>, JpaSpecificationExecutor<Hazard> {

    boolean existsByPatrolScanId(String patrolScanId);

    @Query("select h from Hazard h where h.status = org.garrison.siteops.internal.Hazard.Status.OPEN "
            + "and h.deadline < ?1 and h.overdueAlerted = false order by h.deadline")
    List<Hazard> overdueNotAlerted(LocalDate today);

    @Query("select h.siteId as siteId, h.status as status, count(h) as total from Hazard h where h.siteId in ?1 "
            + "group by h.siteId, h.status")
    List<StatusCount> countByStatus(Collection<Long> siteIds);

    @Query("select h.siteId as siteId, h.status as status, count(h) as total from Hazard h where h.siteId in ?1 "
            + "and h.status = org.garrison.siteops.internal.Hazard.Status.OPEN and h.deadline < ?2 group by h.siteId, h.status")
    List<StatusCount> countOverdue(Collection<Long> siteIds, LocalDate today);

    /** How many hazards of a site stand in a status. */
    interface StatusCount {

        long getSiteId();

        Hazard.Status getStatus();

        long getTotal();

    }

}
