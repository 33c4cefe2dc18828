package org.garrison.patrols.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

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

    private final GuardNames names;

    TourScans(TourRepository tours, OrganisationManagement organisation, JdbcClient jdbc, GuardNames names) {
        this.names = names;
        this.tours = tours;
        this.organisation = organisation;
        this.jdbc = jdbc;
    }

    /**
     * One scan: which checkpoint, who, when on the device and when received, from where, its flags and, for a
     * flagged scan, its review (state, who decided last, their comment and when); an unflagged scan has none.
     */
    public record Scan(String scanId, long checkpointId, String checkpointCode, long guardUserId, Instant scannedAt,
            Instant receivedAt, String source, List<ScanFlag> flags, @Nullable String note, @Nullable FlagState review,
            @Nullable String reviewerName, @Nullable String reviewComment, @Nullable Instant reviewedAt) {
    }

    private record Stored(Scan scan, @Nullable Long reviewer) {
    }

    /** The scans of the tour's checkpoints between its window's start and its close, oldest first. */
    public List<Scan> of(DataScope scope, long tourId) {
        var tour = tours.findOne(organisation.siteFilter(scope).<Tour>on("siteId").and(Specs.id(tourId)))
            .orElseThrow(() -> new NotFoundException("patrol.tour", tourId));
        var checkpointIds = tour.getPoints().stream().map(TourPoint::getCheckpointId).distinct().toList();
        if (checkpointIds.isEmpty()) {
            return List.of();
        }
        var stored = jdbc.sql("SELECT s.scan_uuid, s.checkpoint_id, c.code, s.guard_user_id, s.scanned_at, s.received_at, "
                + "s.source, s.flags, s.note, s.review_state, s.reviewed_by, s.review_comment, s.reviewed_at "
                + "FROM patrol_scan s JOIN patrol_checkpoint c ON c.id = s.checkpoint_id "
                + "WHERE s.checkpoint_id IN (:ids) AND s.scanned_at >= :from AND s.scanned_at <= :to "
                + "ORDER BY s.scanned_at, s.id")
            .param("ids", checkpointIds)
            .param("from", ScanStore.utc(tour.getWindowStart()))
            .param("to", ScanStore.utc(tour.getClosesAt()))
            .query((rs, n) -> {
                String state = rs.getString(10);
                long reviewer = rs.getLong(11);
                Long by = rs.wasNull() ? null : reviewer;
                OffsetDateTime reviewedAt = rs.getObject(13, OffsetDateTime.class);
                return new Stored(new Scan(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getString(7), FlagReviews.flags(rs.getString(8)), rs.getString(9),
                        state == null ? null : FlagState.valueOf(state), null, rs.getString(12),
                        reviewedAt == null ? null : reviewedAt.toInstant()), by);
            })
            .list();
        var reviewers = names.of(stored.stream().map(Stored::reviewer).filter(Objects::nonNull).collect(Collectors.toSet()));
        return stored.stream().map(r -> {
            var s = r.scan();
            return r.reviewer() == null ? s : new Scan(s.scanId(), s.checkpointId(), s.checkpointCode(), s.guardUserId(),
                    s.scannedAt(), s.receivedAt(), s.source(), s.flags(), s.note(), s.review(),
                    reviewers.getOrDefault(r.reviewer(), "#" + r.reviewer()), s.reviewComment(), s.reviewedAt());
        }).toList();
    }

}
