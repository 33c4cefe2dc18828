package org.garrison.siteops.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EmergencyResourceRepository extends JpaRepository<EmergencyResource, Long>,
        JpaSpecificationExecutor<EmergencyResource> {

    List<EmergencyResource> findBySiteIdInOrderByNextCheckAsc(Collection<Long> siteIds);

}
