package org.garrison.sla.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.garrison.shared.DomainException;
import org.garrison.shared.InsertOnce;
import org.garrison.shared.InsertOnce.ArrayColumn;
import org.garrison.sla.ClockStart;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Starts many clocks of one item type in one statement ({@link InsertOnce}: {@code unnest} of arrays on PostgreSQL, a
 * JDBC batch elsewhere). The deadlines are those of {@link SlaClock} under {@link Calendars#termsFor}, looked up once
 * per category; an item that has a clock already refuses the whole batch (the caller's transaction rolls back).
 */
@Component
public class ClockBatch {

    private static final List<String> COLUMNS = List.of("item_type", "item_ref", "category", "site_id", "policy_id", "state",
            "started_at", "response_seconds", "resolution_seconds", "warning_percent", "response_warn_at", "response_due_at",
            "resolution_warn_at", "resolution_due_at", "next_due_at");

    private final Calendars calendars;

    private final InsertOnce<Row> inserts;

    ClockBatch(JdbcTemplate jdbc, Calendars calendars) {
        this.calendars = calendars;
        this.inserts = new InsertOnce<>(jdbc, "sla_clock", COLUMNS, "item_ref", r -> r.clock().getItemRef(), ClockBatch::bind)
            .unnest(List.of(new ArrayColumn<Row>("varchar", r -> r.clock().getItemType()).perBatch(),
                    new ArrayColumn<>("varchar", r -> r.clock().getItemRef()),
                    new ArrayColumn<Row>("varchar", r -> r.clock().getCategory()).perBatch(),
                    new ArrayColumn<>("int8", r -> r.clock().getSiteId()),
                    new ArrayColumn<Row>("int8", r -> r.clock().getPolicyId()).perBatch(),
                    new ArrayColumn<Row>("varchar", r -> r.clock().getState().name()).perBatch(),
                    ArrayColumn.<Row>instant(r -> r.clock().getStartedAt()).perBatch(),
                    new ArrayColumn<Row>("int8", r -> r.terms().response().toSeconds()).perBatch(),
                    new ArrayColumn<Row>("int8", r -> r.terms().resolution().toSeconds()).perBatch(),
                    new ArrayColumn<Row>("int4", r -> r.terms().warningPercent()).perBatch(),
                    ArrayColumn.<Row>instant(r -> r.clock().getResponseWarnAt()).perBatch(),
                    ArrayColumn.<Row>instant(r -> r.clock().getResponseDueAt()).perBatch(),
                    ArrayColumn.<Row>instant(r -> r.clock().getResolutionWarnAt()).perBatch(),
                    ArrayColumn.<Row>instant(r -> r.clock().getResolutionDueAt()).perBatch(),
                    ArrayColumn.<Row>instant(r -> r.clock().getNextDueAt()).perBatch()));
    }

    /** A clock as computed, with the terms it was computed under. */
    record Row(SlaClock clock, SlaTerms terms) {
    }

    /**
     * Stores the clocks of the items and answers them as computed (not as entities of the persistence context).
     *
     * @throws DomainException {@code sla.policy.missing} when no policy covers a category, {@code sla.clock.exists} when
     *     an item has a clock already
     */
    public List<SlaClock> start(String itemType, List<ClockStart> starts) {
        Map<String, SlaTerms> terms = new HashMap<>();
        var rows = new ArrayList<Row>(starts.size());
        for (var start : starts) {
            var t = terms.computeIfAbsent(start.category(), category -> calendars.termsFor(itemType, category));
            rows.add(new Row(new SlaClock(itemType, start.itemRef(), start.category(),
                    start.siteId() == null ? null : start.siteId().value(), start.startedAt(), t), t));
        }
        boolean[] stored = inserts.insert(rows);
        for (int i = 0; i < stored.length; i++) {
            if (!stored[i]) {
                throw new DomainException("sla.clock.exists", itemType, starts.get(i).itemRef());
            }
        }
        return rows.stream().map(Row::clock).toList();
    }

    private static void bind(PreparedStatement ps, int offset, Row row) throws SQLException {
        var clock = row.clock();
        ps.setString(offset + 1, clock.getItemType());
        ps.setString(offset + 2, clock.getItemRef());
        ps.setString(offset + 3, clock.getCategory());
        if (clock.getSiteId() == null) {
            ps.setNull(offset + 4, Types.BIGINT);
        }
        else {
            ps.setLong(offset + 4, clock.getSiteId());
        }
        ps.setLong(offset + 5, clock.getPolicyId());
        ps.setString(offset + 6, clock.getState().name());
        ps.setObject(offset + 7, at(clock.getStartedAt()));
        ps.setLong(offset + 8, row.terms().response().toSeconds());
        ps.setLong(offset + 9, row.terms().resolution().toSeconds());
        ps.setInt(offset + 10, row.terms().warningPercent());
        ps.setObject(offset + 11, at(clock.getResponseWarnAt()));
        ps.setObject(offset + 12, at(clock.getResponseDueAt()));
        ps.setObject(offset + 13, at(clock.getResolutionWarnAt()));
        ps.setObject(offset + 14, at(clock.getResolutionDueAt()));
        ps.setObject(offset + 15, at(clock.getNextDueAt()));
    }

    private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

}
