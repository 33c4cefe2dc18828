package org.garrison.facilities.assets;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SortingCheckRepository extends JpaRepository<SortingCheck, Long>, JpaSpecificationExecutor<SortingCheck> {

}
