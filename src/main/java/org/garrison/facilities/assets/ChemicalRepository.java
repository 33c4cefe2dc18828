package org.garrison.facilities.assets;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ChemicalRepository extends JpaRepository<Chemical, Long>, JpaSpecificationExecutor<Chemical> {

    boolean existsByRegistrationNoIgnoreCase(String registrationNo);

    List<Chemical> findAllByOrderByActiveDescNameAsc();

}
