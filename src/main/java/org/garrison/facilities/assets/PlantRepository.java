package org.garrison.facilities.assets;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PlantRepository extends JpaRepository<Plant, Long>, JpaSpecificationExecutor<Plant> {

}
