package org.garrison.sla.internal;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

    Optional<SlaClock> findByItemTypeAndItemRef(String itemType, String itemRef);

    Optional<SlaClock> findByItemTypeAndItemRefAndSiteIdIn(String itemType, String itemRef, Collection<Long> siteIds);

    boolean existsByItemTypeAndItemRef(String itemType, String itemRef);

}
