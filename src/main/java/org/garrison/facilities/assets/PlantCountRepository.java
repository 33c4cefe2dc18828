package org.garrison.facilities.assets;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PlantCountRepository extends JpaRepository<PlantCount, Long>, JpaSpecificationExecutor<PlantCount> {

}
