package org.garrison.patrols.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of flagged scans within the user's data scope: the list by review state and site, and a
 * supervisor's acceptance or rejection with a comment (required to reject), audited. A rejected scan stops
 * counting: the closed tours it settled are settled again without it. A decision may be changed with a new
 * comment (a reviewer learns more, or another reviewer disagrees): audited as a change from the earlier
 * decision, and the tours are settled again when the scan starts or stops counting.
 */
@Service
@Transactional(readOnly = true)
public class FlagReviews {

    private static final String COLUMNS = "SELECT s.scan_uuid, s.site_id, c.code, c.name, s.guard_user_id, s.scanned_at, "
            + "s.flags, s.review_state, s.review_comment, s.reviewed_at, s.reviewed_by FROM patrol_scan s "
            + "JOIN patrol_checkpoint c ON c.id = s.checkpoint_id ";

    private final JdbcClient jdbc;

    private final OrganisationManagement organisation;

    private final GuardNames guards;

    private final LateScans tours;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    FlagReviews(JdbcClient jdbc, OrganisationManagement organisation, GuardNames guards, LateScans tours,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.guards = guards;
        this.tours = tours;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A flagged scan and its review; {@code guardName} is the display name of the guard who scanned,
     * {@code reviewerName} of who decided last (none while open).
     */
    public record Flag(String scanId, long siteId, String checkpointCode, String checkpointName, long guardUserId,
            String guardName, Instant scannedAt, List<ScanFlag> flags, FlagState state, @Nullable String comment,
            @Nullable Instant reviewedAt, @Nullable Long reviewerUserId, @Nullable String reviewerName) {
    }

    /** One page of the flagged scans in the scope, newest first; {@code null} filters do not narrow. */
    public Page<Flag> list(DataScope scope, @Nullable FlagState state, @Nullable Long siteId, Pageable pageable) {
        var where = new StringBuilder("WHERE s.review_state IS NOT NULL AND ")
            .append(organisation.siteFilter(scope).sql("s.site_id"));
        var params = new LinkedHashMap<String, Object>();
        if (state != null) {
            where.append(" AND s.review_state = :state");
            params.put("state", state.name());
        }
        if (siteId != null) {
            where.append(" AND s.site_id = :site");
            params.put("site", siteId);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM patrol_scan s " + where).params(params).query(Long.class).single();
        List<Flag> rows = total == 0 ? List.of()
                : jdbc.sql(COLUMNS + where + " ORDER BY s.scanned_at DESC, s.id DESC LIMIT :limit OFFSET :offset")
                    .params(params)
                    .param("limit", pageable.getPageSize())
                    .param("offset", pageable.getOffset())
                    .query((rs, n) -> row(rs))
                    .list();
        return new PageImpl<>(named(rows), pageable, total);
    }

    /** A flagged scan in the scope; another site's or an unflagged scan is not found. */
    public Flag get(DataScope scope, String scanId) {
        return named(List.of(find(scope, scanId))).get(0);
    }

    /**
     * The supervisor accepts the flagged scan: it counts as before; the comment is optional, except when it
     * changes an earlier rejection.
     */
    @Transactional
    public Flag accept(DataScope scope, String scanId, @Nullable String comment) {
        return review(scope, scanId, FlagState.ACCEPTED, comment);
    }

    /** The supervisor rejects the flagged scan, saying why: it no longer counts for its tour. */
    @Transactional
    public Flag reject(DataScope scope, String scanId, @Nullable String comment) {
        if (comment == null || comment.isBlank()) {
            throw new DomainException("patrol.flag.commentRequired");
        }
        return review(scope, scanId, FlagState.REJECTED, comment);
    }

    private Flag review(DataScope scope, String scanId, FlagState decision, @Nullable String comment) {
        Flag flag = find(scope, scanId);
        if (flag.state() == decision) {
            throw new DomainException("patrol.flag.alreadyReviewed");
        }
        if (flag.state() != FlagState.OPEN && (comment == null || comment.isBlank())) {
            throw new DomainException("patrol.flag.changeNeedsComment");
        }
        if (comment != null && comment.strip().length() > 500) {
            throw new DomainException("patrol.flag.commentTooLong", 500);
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        Instant now = clock.instant();
        int updated = jdbc.sql("UPDATE patrol_scan SET review_state = :state, reviewed_by = :by, reviewed_at = :at, "
                + "review_comment = :comment WHERE scan_uuid = :id AND review_state = :previous")
            .param("state", decision.name())
            .param("previous", flag.state().name())
            .param("by", CurrentUser.require().id())
            .param("at", ScanStore.utc(now))
            .param("comment", text)
            .param("id", scanId)
            .update();
        if (updated == 0) {
            throw new DomainException("patrol.flag.alreadyReviewed");
        }
        if (decision == FlagState.REJECTED || flag.state() == FlagState.REJECTED) {
            tours.resettleRejected(flag.siteId(), flag.scannedAt());
        }
        var before = new LinkedHashMap<String, Object>();
        before.put("state", flag.state().name());
        before.put("comment", flag.comment());
        var after = new LinkedHashMap<String, Object>();
        after.put("state", decision.name());
        after.put("comment", text);
        events.publishEvent(AuditedChange.of(decision == FlagState.REJECTED ? "REJECT" : "ACCEPT", "PatrolScanFlag",
                scanId, flag.checkpointCode(), before, after));
        return get(scope, scanId);
    }

    private Flag find(DataScope scope, String scanId) {
        return jdbc.sql(COLUMNS + "WHERE s.scan_uuid = :id AND s.review_state IS NOT NULL AND "
                + organisation.siteFilter(scope).sql("s.site_id"))
            .param("id", scanId)
            .query((rs, n) -> row(rs))
            .optional()
            .orElseThrow(() -> new NotFoundException("patrol.scan", scanId));
    }

    private List<Flag> named(List<Flag> rows) {
        var ids = new HashSet<Long>();
        rows.forEach(f -> {
            ids.add(f.guardUserId());
            if (f.reviewerUserId() != null) {
                ids.add(f.reviewerUserId());
            }
        });
        var names = guards.of(ids);
        return rows.stream()
            .map(f -> new Flag(f.scanId(), f.siteId(), f.checkpointCode(), f.checkpointName(), f.guardUserId(),
                    names.getOrDefault(f.guardUserId(), ""), f.scannedAt(), f.flags(), f.state(), f.comment(),
                    f.reviewedAt(), f.reviewerUserId(),
                    f.reviewerUserId() == null ? null : names.getOrDefault(f.reviewerUserId(), "#" + f.reviewerUserId())))
            .toList();
    }

    private static Flag row(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime reviewed = rs.getObject(10, OffsetDateTime.class);
        long reviewer = rs.getLong(11);
        return new Flag(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), "",
                rs.getObject(6, OffsetDateTime.class).toInstant(), flags(rs.getString(7)),
                FlagState.valueOf(rs.getString(8)), rs.getString(9), reviewed == null ? null : reviewed.toInstant(),
                rs.wasNull() ? null : reviewer, null);
    }

    /** The flags as stored ({@code FAR_AWAY,TOO_FAST}). */
    static List<ScanFlag> flags(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(String::strip).map(ScanFlag::valueOf).toList();
    }

}
