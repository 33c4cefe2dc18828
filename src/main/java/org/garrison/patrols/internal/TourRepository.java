package org.garrison.patrols.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.garrison.organisation.SiteFilter;
import org.garrison.shared.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TourRepository extends JpaRepository<Tour, Long>, JpaSpecificationExecutor<Tour> {

    boolean existsByScheduleIdAndWindowStart(long scheduleId, Instant windowStart);

    List<Tour> findByScheduleIdAndStatusAndWindowStartAfter(long scheduleId, TourStatus status, Instant after);

    List<Tour> findByStatusAndClosesAtLessThanEqualOrderByClosesAt(TourStatus status, Instant now, Pageable page);

    @EntityGraph(attributePaths = "points")
    List<Tour> findByStatusAndWindowStartBefore(TourStatus status, Instant before);

    @EntityGraph(attributePaths = "points")
    List<Tour> findByIdIn(Collection<Long> ids);

    /** The tour at one of the filter's sites; another site's or an unknown tour is not found. */
    default Tour inScope(SiteFilter sites, long id) {
        return findOne(sites.<Tour>on("siteId").and(Specs.id(id))).orElseThrow(() -> new NotFoundException("patrol.tour", id));
    }

}
