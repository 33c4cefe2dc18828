package org.garrison.patrols.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScheduleRepository extends JpaRepository<Schedule, Long> {

    List<Schedule> findBySiteIdInOrderBySiteIdAscStartsAtAsc(Collection<Long> siteIds);

    Optional<Schedule> findByIdAndSiteIdIn(long id, Collection<Long> siteIds);

    List<Schedule> findByActiveTrue();

}
