package org.garrison.servicedesk.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintTypeRepository extends JpaRepository<ComplaintType, Long> {

    List<ComplaintType> findAllByOrderByIdAsc();

    Optional<ComplaintType> findByCode(String code);

}
