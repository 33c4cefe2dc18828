package org.garrison.facilities.assets;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ElectricalReadingRepository extends JpaRepository<ElectricalReading, Long>, JpaSpecificationExecutor<ElectricalReading> {

    List<ElectricalReading> findTop60ByAssetIdOrderByReadAtDesc(long assetId);

}
