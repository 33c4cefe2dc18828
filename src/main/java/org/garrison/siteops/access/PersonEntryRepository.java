package org.garrison.siteops.access;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PersonEntryRepository extends JpaRepository<PersonEntry, Long>, JpaSpecificationExecutor<PersonEntry> {

    long countBySiteIdAndIdNumberAndEnteredAtAfter(long siteId, String idNumber, Instant since);

}
