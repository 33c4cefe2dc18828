package org.garrison.facilities.assets;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ElectricalAssetRepository extends JpaRepository<ElectricalAsset, Long>, JpaSpecificationExecutor<ElectricalAsset> {

}
