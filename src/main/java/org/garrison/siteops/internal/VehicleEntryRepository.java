package org.garrison.siteops.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface VehicleEntryRepository extends JpaRepository<VehicleEntry, Long>, JpaSpecificationExecutor<VehicleEntry> {

    long countBySiteIdAndPlateAndEnteredAtAfter(long siteId, String plate, Instant since);

    List<VehicleEntry> findBySiteIdInAndLeftAtIsNullOrderByEnteredAtAsc(Collection<Long> siteIds);

    @Query("select v from VehicleEntry v where v.siteId in ?1 and v.unauthorisedRelease = true and v.leftAt >= ?2 "
            + "and v.leftAt < ?3 order by v.leftAt")
    List<VehicleEntry> unauthorisedReleases(Collection<Long> siteIds, Instant from, Instant until);

}
