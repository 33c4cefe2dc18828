package org.garrison.siteops.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DrillRepository extends JpaRepository<Drill, Long>, JpaSpecificationExecutor<Drill> {

    List<Drill> findBySiteIdInOrderByPlannedOnDesc(Collection<Long> siteIds);

}
