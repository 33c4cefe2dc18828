package org.garrison.patrols.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CheckpointRepository extends JpaRepository<Checkpoint, Long> {

    List<Checkpoint> findBySiteIdInOrderBySiteIdAscNameAsc(Collection<Long> siteIds);

    List<Checkpoint> findByCodeInAndActiveTrue(Collection<String> codes);

    List<Checkpoint> findByTagIdInAndActiveTrue(Collection<String> tagIds);

    Optional<Checkpoint> findByIdAndSiteIdIn(long id, Collection<Long> siteIds);

    List<Checkpoint> findByIdInAndSiteIdIn(Collection<Long> ids, Collection<Long> siteIds);

    boolean existsByCode(String code);

    boolean existsByTagId(String tagId);

}
