package org.garrison.rosters.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PostOverrideRepository extends JpaRepository<PostOverride, Long> {

    List<PostOverride> findBySiteIdIn(Collection<Long> siteIds);

}
