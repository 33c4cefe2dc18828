package org.garrison.sla.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaPolicyRepository extends JpaRepository<SlaPolicy, Long> {

    Optional<SlaPolicy> findByItemTypeAndCategory(String itemType, String category);

    List<SlaPolicy> findAllByOrderByItemTypeAscCategoryAsc();

}
