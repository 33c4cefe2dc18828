package org.garrison.sla.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface SlaClockRepository extends JpaRepository<SlaClock, Long>, JpaSpecificationExecutor<SlaClock> {

    Optional<SlaClock> findByItemTypeAndItemRef(String itemType, String itemRef);

    boolean existsByItemTypeAndItemRef(String itemType, String itemRef);

}
