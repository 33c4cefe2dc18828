package org.garrison.patrols.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CheckpointRepository extends JpaRepository<Checkpoint, Long>, JpaSpecificationExecutor<Checkpoint> {

    List<Checkpoint> findByCodeInAndActiveTrue(Collection<String> codes);

    List<Checkpoint> findByTagIdInAndActiveTrue(Collection<String> tagIds);

    boolean existsByCode(String code);

    java.util.Optional<Checkpoint> findByCode(String code);

    List<Checkpoint> findBySiteIdAndNameAndActiveTrue(long siteId, String name);

    List<Checkpoint> findBySiteIdInAndActiveTrueAndLatitudeNotNull(Collection<Long> siteIds);

    boolean existsByTagId(String tagId);

}
