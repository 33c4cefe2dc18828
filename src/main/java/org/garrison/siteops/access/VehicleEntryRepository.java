package org.garrison.siteops.access;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface VehicleEntryRepository extends JpaRepository<VehicleEntry, Long>, JpaSpecificationExecutor<VehicleEntry> {

    long countBySiteIdAndPlateAndEnteredAtAfter(long siteId, String plate, Instant since);

}
