package org.garrison.patrols.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WandRepository extends JpaRepository<Wand, Long> {

    Optional<Wand> findByDeviceId(String deviceId);

    List<Wand> findBySiteIdInOrderByDeviceId(Collection<Long> siteIds);

}
