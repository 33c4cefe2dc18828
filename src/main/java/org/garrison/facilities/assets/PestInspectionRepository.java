package org.garrison.facilities.assets;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PestInspectionRepository extends JpaRepository<PestInspection, Long>, JpaSpecificationExecutor<PestInspection> {

}
