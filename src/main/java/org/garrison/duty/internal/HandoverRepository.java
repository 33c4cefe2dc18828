package org.garrison.duty.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface HandoverRepository extends JpaRepository<HandoverEntry, Long>, JpaSpecificationExecutor<HandoverEntry> {

    Optional<HandoverEntry> findByClientId(String clientId);

    @Query("select h from HandoverEntry h where h.state = 'WRITTEN' and h.alerted = false and h.recordedAt < ?1")
    List<HandoverEntry> unansweredSince(Instant before);

    List<HandoverEntry> findByIncomingIdAndStateOrderByHandedAtDesc(long incomingId, HandoverEntry.State state);

}
