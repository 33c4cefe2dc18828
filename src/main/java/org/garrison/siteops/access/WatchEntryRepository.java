package org.garrison.siteops.access;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface WatchEntryRepository extends JpaRepository<WatchEntry, Long>, JpaSpecificationExecutor<WatchEntry> {

    @Query("select w from WatchEntry w where w.watchKind = ?1 and w.watchValue = ?2 and (w.siteId is null or w.siteId = ?3)")
    List<WatchEntry> matching(WatchEntry.Kind kind, String value, long siteId);

}
