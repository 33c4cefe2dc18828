package org.garrison.patrols.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface TourRepository extends JpaRepository<Tour, Long> {

    boolean existsByScheduleIdAndWindowStart(long scheduleId, Instant windowStart);

    List<Tour> findByScheduleIdAndStatusAndWindowStartAfter(long scheduleId, TourStatus status, Instant after);

    List<Tour> findByStatusAndClosesAtLessThanEqualOrderByClosesAt(TourStatus status, Instant now, Pageable page);

    List<Tour> findBySiteIdInAndStatusAndWindowStartBefore(Collection<Long> siteIds, TourStatus status, Instant before,
            Sort sort);

    List<Tour> findBySiteIdInAndServiceDayOrderByWindowStart(Collection<Long> siteIds, java.time.LocalDate day);

    @EntityGraph(attributePaths = "points")
    List<Tour> findByStatusAndWindowStartBefore(TourStatus status, Instant before);

    @EntityGraph(attributePaths = "points")
    List<Tour> findByIdIn(Collection<Long> ids);

    Optional<Tour> findByIdAndSiteIdIn(long id, Collection<Long> siteIds);

}
