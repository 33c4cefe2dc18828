package org.garrison.patrols.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

interface TourRepository extends JpaRepository<Tour, Long> {

    boolean existsByScheduleIdAndWindowStart(long scheduleId, Instant windowStart);

    List<Tour> findByStatusAndClosesAtLessThanEqualOrderByClosesAt(TourStatus status, Instant now, Pageable page);

    List<Tour> findBySiteIdInAndWindowStartBetweenOrderByWindowStartDesc(Collection<Long> siteIds, Instant from,
            Instant to);

    List<Tour> findBySiteIdInAndStatusAndWindowStartBefore(Collection<Long> siteIds, TourStatus status, Instant before,
            Sort sort);

    Optional<Tour> findByIdAndSiteIdIn(long id, Collection<Long> siteIds);

}
