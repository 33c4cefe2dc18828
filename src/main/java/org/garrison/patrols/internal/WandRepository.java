package org.garrison.patrols.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface WandRepository extends JpaRepository<Wand, Long>, JpaSpecificationExecutor<Wand> {

    Optional<Wand> findByDeviceId(String deviceId);

}
