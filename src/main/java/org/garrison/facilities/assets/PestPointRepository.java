package org.garrison.facilities.assets;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PestPointRepository extends JpaRepository<PestPoint, Long>, JpaSpecificationExecutor<PestPoint> {

    boolean existsBySiteIdAndCodeIgnoreCase(long siteId, String code);

}
