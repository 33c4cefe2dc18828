package org.garrison.patrols.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.garrison.shared.InsertOnce;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the scan write path: plain JDBC, one statement per upload, idempotent by the scan's own id ({@link
 * InsertOnce}: a scan already stored is not inserted again, even when two uploads of the same scan race).
 */
@Component
class ScanStore {

    private final JdbcClient client;

    private final InsertOnce<Row> inserts;

    ScanStore(JdbcTemplate jdbc, JdbcClient client) {
        this.client = client;
        this.inserts = new InsertOnce<>(jdbc, "patrol_scan", List.of("scan_uuid", "checkpoint_id", "site_id",
                "guard_user_id", "scanned_at", "received_at", "source", "device_id", "latitude", "longitude", "note",
                "flags", "review_state"), "scan_uuid", Row::scanId, ScanStore::bind);
    }

    /** An active checkpoint as the write path needs it. */
    record Target(long id, long siteId, String code, String name, @Nullable Double latitude,
            @Nullable Double longitude, @Nullable Integer radiusMetres) {

        ScanChecks.Spot spot() {
            return new ScanChecks.Spot(latitude, longitude, radiusMetres);
        }

    }

    /** A scan ready to be stored. */
    record Row(String scanId, long checkpointId, long siteId, long guardUserId, Instant scannedAt, Instant receivedAt,
            String source, @Nullable String deviceId, @Nullable Double latitude, @Nullable Double longitude,
            @Nullable String note, @Nullable String flags) {
    }

    List<Target> activeByCode(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return client.sql("SELECT id, site_id, code, name, latitude, longitude, radius_metres FROM patrol_checkpoint "
                + "WHERE active = TRUE AND code IN (:codes)")
            .param("codes", codes)
            .query((rs, n) -> new Target(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                    rs.getObject(5, Double.class), rs.getObject(6, Double.class), rs.getObject(7, Integer.class)))
            .list();
    }

    /** The guard's latest stored scan at or before {@code at}, with its checkpoint's position. */
    Optional<Previous> previous(long guardUserId, Instant at) {
        return client.sql("SELECT s.checkpoint_id, s.scanned_at, s.latitude, s.longitude, c.latitude, c.longitude, "
                + "c.radius_metres FROM patrol_scan s JOIN patrol_checkpoint c ON c.id = s.checkpoint_id "
                + "WHERE s.guard_user_id = :guard AND s.scanned_at <= :at "
                // both columns of the index patrol_scan_by_guard, in its order: H2 then reads the index backwards from
                // the instant instead of sorting every earlier scan of the guard (a wand file of 60,000 lines made the
                // lookups of one import grow with the guard's whole history)
                + "ORDER BY s.guard_user_id DESC, s.scanned_at DESC LIMIT 1")
            .param("guard", guardUserId)
            .param("at", utc(at))
            .query((rs, n) -> new Previous(new ScanChecks.Fix(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                    rs.getObject(3, Double.class), rs.getObject(4, Double.class)),
                    new ScanChecks.Spot(rs.getObject(5, Double.class), rs.getObject(6, Double.class),
                            rs.getObject(7, Integer.class))))
            .optional();
    }

    /** A stored scan and where its checkpoint is. */
    record Previous(ScanChecks.Fix fix, ScanChecks.Spot spot) {
    }

    /**
     * Stores the rows (their scan ids are distinct); element {@code i} of the answer says whether row {@code i}
     * was new.
     */
    boolean[] insert(List<Row> rows) {
        return inserts.insert(rows);
    }

    /** Binds a row's thirteen values after the first {@code offset} parameters; a flagged scan awaits review. */
    static void bind(PreparedStatement ps, int offset, Row row) throws SQLException {
        ps.setString(offset + 1, row.scanId());
        ps.setLong(offset + 2, row.checkpointId());
        ps.setLong(offset + 3, row.siteId());
        ps.setLong(offset + 4, row.guardUserId());
        ps.setObject(offset + 5, utc(row.scannedAt()));
        ps.setObject(offset + 6, utc(row.receivedAt()));
        ps.setString(offset + 7, row.source());
        ps.setString(offset + 8, row.deviceId());
        setDouble(ps, offset + 9, row.latitude());
        setDouble(ps, offset + 10, row.longitude());
        ps.setString(offset + 11, row.note());
        ps.setString(offset + 12, row.flags());
        ps.setString(offset + 13, row.flags() == null ? null : FlagState.OPEN.name());
    }

    /** A guard's report at a scan; {@code kind} HAZARD or INCIDENT, an incident with its type's code. */
    record Anomaly(long siteId, long checkpointId, String scanId, String note, long reporter, Instant at, String kind,
            @Nullable String incidentType) {
    }

    void anomaly(Anomaly a) {
        client.sql("INSERT INTO patrol_anomaly (site_id, checkpoint_id, scan_uuid, note, reported_by, reported_at, kind, "
                + "incident_type) VALUES (:site, :checkpoint, :scan, :note, :reporter, :at, :kind, :type)")
            .param("site", a.siteId())
            .param("checkpoint", a.checkpointId())
            .param("scan", a.scanId())
            .param("note", a.note())
            .param("reporter", a.reporter())
            .param("at", utc(a.at()))
            .param("kind", a.kind())
            .param("type", a.incidentType())
            .update();
    }

    /**
     * The closed tours in one of the statuses at the sites whose window holds a time between the two instants: the
     * tours a late scan may complete (missed or late) or a rejected scan may undo (any). One indexed read, as every
     * upload of scans synced late asks it.
     */
    List<Long> closedToursHolding(Collection<Long> siteIds, Collection<TourStatus> statuses, LocalDate firstDay,
            LocalDate lastDay, Instant earliest, Instant latest) {
        return client.sql("SELECT id FROM patrol_tour WHERE site_id IN (:sites) AND service_day BETWEEN :first AND :last "
                + "AND status IN (:statuses) AND window_start <= :latest AND closes_at >= :earliest")
            .param("sites", siteIds)
            .param("statuses", statuses.stream().map(Enum::name).toList())
            .param("first", firstDay)
            .param("last", lastDay)
            .param("latest", utc(latest))
            .param("earliest", utc(earliest))
            .query(Long.class)
            .list();
    }

    /** The scans of the given checkpoints between two instants, for settling tours. */
    List<TourEvaluation.Scan> between(Collection<Long> checkpointIds, Instant from, Instant to) {
        if (checkpointIds.isEmpty()) {
            return List.of();
        }
        return client.sql("SELECT checkpoint_id, scanned_at, guard_user_id, review_state FROM patrol_scan "
                + "WHERE checkpoint_id IN (:ids) "
                + "AND scanned_at >= :from AND scanned_at <= :to")
            .param("ids", checkpointIds)
            .param("from", utc(from))
            .param("to", utc(to))
            .query((rs, n) -> new TourEvaluation.Scan(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                    rs.getLong(3), rs.getString(4) == null ? null : FlagState.valueOf(rs.getString(4))))
            .list();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void setDouble(PreparedStatement ps, int index, @Nullable Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        }
        else {
            ps.setDouble(index, value);
        }
    }

}
