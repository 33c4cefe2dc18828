package org.garrison.attendance.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.garrison.shared.InsertOnce;
import org.garrison.shared.InsertOnce.ArrayColumn;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The clock events, straight through SQL: an upload is stored in one statement, once per event id ({@link
 * InsertOnce}: an event already stored, because the phone synced twice or two uploads raced, is not stored again).
 */
@Component
class ClockEvents {

    private final JdbcClient client;

    private final InsertOnce<Row> inserts;

    ClockEvents(JdbcTemplate jdbc, JdbcClient client) {
        this.client = client;
        this.inserts = new InsertOnce<>(jdbc, "att_clock_event", List.of("event_uuid", "shift_id", "employee_id",
                "site_id", "kind", "occurred_at", "received_at", "source", "device_id", "latitude", "longitude", "flags",
                "reason", "recorded_by"), "event_uuid", Row::eventId, ClockEvents::bind)
            .unnest(List.of(new ArrayColumn<>("varchar", Row::eventId), new ArrayColumn<>("int8", Row::shiftId),
                    new ArrayColumn<>("int8", Row::employeeId), new ArrayColumn<>("int8", Row::siteId),
                    new ArrayColumn<>("varchar", r -> r.kind().name()), ArrayColumn.instant(Row::occurredAt),
                    ArrayColumn.instant(Row::receivedAt).perBatch(), new ArrayColumn<>("varchar", Row::source).perBatch(),
                    new ArrayColumn<>("varchar", Row::deviceId).perBatch(), new ArrayColumn<>("float8", Row::latitude),
                    new ArrayColumn<>("float8", Row::longitude), new ArrayColumn<>("varchar", Row::flags),
                    new ArrayColumn<>("varchar", Row::reason).perBatch(),
                    new ArrayColumn<>("int8", Row::recordedBy).perBatch()));
    }

    /** An event ready to be stored. */
    record Row(String eventId, long shiftId, long employeeId, long siteId, ClockKind kind, Instant occurredAt,
            Instant receivedAt, String source, @Nullable String deviceId, @Nullable Double latitude,
            @Nullable Double longitude, @Nullable String flags, @Nullable String reason, long recordedBy) {
    }

    /** The first clock-in and the last clock-out of a shift. */
    record Punches(@Nullable Instant clockIn, @Nullable Instant clockOut) {
    }

    /** Stores the rows (their ids distinct); answers per row whether it was stored (false: its id was stored before). */
    boolean[] insert(List<Row> rows) {
        return inserts.insert(rows);
    }

    /** Binds a row's fourteen values after the first {@code offset} parameters. */
    private static void bind(PreparedStatement ps, int offset, Row row) throws SQLException {
        ps.setString(offset + 1, row.eventId());
        ps.setLong(offset + 2, row.shiftId());
        ps.setLong(offset + 3, row.employeeId());
        ps.setLong(offset + 4, row.siteId());
        ps.setString(offset + 5, row.kind().name());
        ps.setObject(offset + 6, row.occurredAt().atOffset(ZoneOffset.UTC));
        ps.setObject(offset + 7, row.receivedAt().atOffset(ZoneOffset.UTC));
        ps.setString(offset + 8, row.source());
        ps.setString(offset + 9, row.deviceId());
        setDouble(ps, offset + 10, row.latitude());
        setDouble(ps, offset + 11, row.longitude());
        ps.setString(offset + 12, row.flags());
        ps.setString(offset + 13, row.reason());
        ps.setLong(offset + 14, row.recordedBy());
    }

    private static void setDouble(PreparedStatement ps, int index, @Nullable Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        }
        else {
            ps.setDouble(index, value);
        }
    }

    /** First clock-in and last clock-out per shift, for the shifts asked about that have any event. */
    Map<Long, Punches> punches(Collection<Long> shiftIds) {
        var punches = new HashMap<Long, Punches>();
        if (shiftIds.isEmpty()) {
            return punches;
        }
        client.sql("SELECT shift_id, MIN(CASE WHEN kind = 'IN' THEN occurred_at END) AS first_in, "
                + "MAX(CASE WHEN kind = 'OUT' THEN occurred_at END) AS last_out FROM att_clock_event "
                + "WHERE shift_id IN (:ids) GROUP BY shift_id")
            .param("ids", shiftIds.stream().distinct().toList())
            .query((rs, n) -> {
                Timestamp in = rs.getTimestamp("first_in");
                Timestamp out = rs.getTimestamp("last_out");
                punches.put(rs.getLong("shift_id"),
                        new Punches(in == null ? null : in.toInstant(), out == null ? null : out.toInstant()));
                return null;
            })
            .list();
        return punches;
    }

    /** A stored event as the guard's phone and the team leader see it. */
    record Recorded(long shiftId, ClockKind kind, Instant occurredAt, String source, @Nullable String flags,
            @Nullable String reason) {
    }

    /** The latest events of an employee, newest first. */
    List<Recorded> latestOf(long employeeId, int limit) {
        return client.sql("SELECT shift_id, kind, occurred_at, source, flags, reason FROM att_clock_event "
                + "WHERE employee_id = :employee ORDER BY occurred_at DESC LIMIT " + limit)
            .param("employee", employeeId)
            .query((rs, n) -> new Recorded(rs.getLong("shift_id"), ClockKind.valueOf(rs.getString("kind")),
                    rs.getTimestamp("occurred_at").toInstant(), rs.getString("source"), rs.getString("flags"),
                    rs.getString("reason")))
            .list();
    }

}
