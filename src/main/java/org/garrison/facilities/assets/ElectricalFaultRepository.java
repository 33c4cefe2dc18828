package org.garrison.facilities.assets;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ElectricalFaultRepository extends JpaRepository<ElectricalFault, Long>, JpaSpecificationExecutor<ElectricalFault> {

    List<ElectricalFault> findByAssetIdOrderByReportedAtDesc(long assetId);

    boolean existsByAssetIdAndFixedAtIsNull(long assetId);

}
