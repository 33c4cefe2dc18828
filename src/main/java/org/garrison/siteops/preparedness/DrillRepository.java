package org.garrison.siteops.preparedness;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DrillRepository extends JpaRepository<Drill, Long>, JpaSpecificationExecutor<Drill> {

}
