package org.garrison.patrols.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RouteRepository extends JpaRepository<Route, Long> {

    List<Route> findBySiteIdInOrderBySiteIdAscNameAsc(Collection<Long> siteIds);

    Optional<Route> findByIdAndSiteIdIn(long id, Collection<Long> siteIds);

}
