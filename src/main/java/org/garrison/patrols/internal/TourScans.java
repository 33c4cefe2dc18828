package org.garrison.patrols.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scans made at a tour's checkpoints during its window, with the evidence flags the server put on them: what
 * a supervisor or an integrator checks a tour's outcome against. A tour outside the scope is not found.
 */
@Service
@Transactional(readOnly = true)
public class TourScans {

    private final TourRepository tours;

    private final OrganisationManagement organisation;

    private final JdbcClient jdbc;

    TourScans(TourRepository tours, OrganisationManagement organisation, JdbcClient jdbc) {
        this.tours = tours;
        this.organisation = organisation;
        this.jdbc = jdbc;
    }

    /** One scan: which checkpoint, who, when on the device and when received, from where, and its flags. */
    public record Scan(String scanId, long checkpointId, String checkpointCode, long guardUserId, Instant scannedAt,
            Instant receivedAt, String source, List<ScanFlag> flags, @Nullable String note) {
    }

    /** The scans of the tour's checkpoints between its window's start and its close, oldest first. */
    public List<Scan> of(DataScope scope, long tourId) {
        var tour = tours.findOne(organisation.siteFilter(scope).<Tour>on("siteId").and(Specs.id(tourId)))
            .orElseThrow(() -> new NotFoundException("patrol.tour", tourId));
        var checkpointIds = tour.getPoints().stream().map(TourPoint::getCheckpointId).distinct().toList();
        if (checkpointIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT s.scan_uuid, s.checkpoint_id, c.code, s.guard_user_id, s.scanned_at, s.received_at, "
                + "s.source, s.flags, s.note FROM patrol_scan s JOIN patrol_checkpoint c ON c.id = s.checkpoint_id "
                + "WHERE s.checkpoint_id IN (:ids) AND s.scanned_at >= :from AND s.scanned_at <= :to "
                + "ORDER BY s.scanned_at, s.id")
            .param("ids", checkpointIds)
            .param("from", ScanStore.utc(tour.getWindowStart()))
            .param("to", ScanStore.utc(tour.getClosesAt()))
            .query((rs, n) -> new Scan(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                    rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6, OffsetDateTime.class).toInstant(),
                    rs.getString(7), FlagReviews.flags(rs.getString(8)), rs.getString(9)))
            .list();
    }

}
