package org.garrison.facilities.assets;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlantStatusChangeRepository extends JpaRepository<PlantStatusChange, Long> {

    List<PlantStatusChange> findByPlantIdOrderByOnDayDescIdDesc(long plantId);

}
