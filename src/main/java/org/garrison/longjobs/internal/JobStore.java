package org.garrison.longjobs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.garrison.longjobs.JobView;
import org.garrison.longjobs.LongJobStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The {@code long_job} table. Every state change is one guarded {@code UPDATE}, so a job cancelled while
 * it runs is never marked done, and an owner only ever reads their own jobs (the owner is in the query).
 */
@Component
public class JobStore {

    private static final String COLUMNS = "id, kind, title, status, done_count, total_count, message, error_text, "
            + "summary, created_at, started_at, finished_at, result_name, result_type, result_size";

    private final JdbcClient jdbc;

    JobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long create(long ownerId, String kind, String title, Locale locale, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO long_job (owner_id, kind, title, locale, status, done_count, total_count, created_at, "
                + "heartbeat_at) VALUES (:owner, :kind, :title, :locale, 'QUEUED', 0, 0, :now, :now)")
            .param("owner", ownerId)
            .param("kind", kind)
            .param("title", title)
            .param("locale", locale.toLanguageTag())
            .param("now", at(now))
            .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean start(long id, Instant now) {
        return move(id, LongJobStatus.RUNNING, "started_at = :now, heartbeat_at = :now", now, null);
    }

    /** Writes progress while the job runs; false when it no longer runs (cancelled, swept). */
    boolean progress(long id, long done, long total, @Nullable String message, Instant now) {
        return jdbc.sql("UPDATE long_job SET done_count = :done, total_count = :total, message = :message, "
                + "heartbeat_at = :now WHERE id = :id AND status = 'RUNNING'")
            .param("done", done)
            .param("total", total)
            .param("message", message)
            .param("now", at(now))
            .param("id", id)
            .update() == 1;
    }

    boolean done(long id, @Nullable String summary, @Nullable String resultName, @Nullable String resultType,
            JobFiles.@Nullable Stored file, Instant now) {
        return jdbc.sql("UPDATE long_job SET status = 'DONE', finished_at = :now, heartbeat_at = :now, "
                + "done_count = CASE WHEN total_count > done_count THEN total_count ELSE done_count END, "
                + "summary = :summary, result_name = :name, result_type = :type, result_size = :size, result_key = :key "
                + "WHERE id = :id AND status = 'RUNNING'")
            .param("now", at(now))
            .param("summary", summary)
            .param("name", file == null ? null : resultName)
            .param("type", file == null ? null : resultType)
            .param("size", file == null ? null : file.size())
            .param("key", file == null ? null : file.key())
            .param("id", id)
            .update() == 1;
    }

    boolean fail(long id, String error, Instant now) {
        return move(id, LongJobStatus.FAILED, "finished_at = :now, error_text = :extra", now, truncate(error));
    }

    public boolean cancel(long id, Instant now) {
        return move(id, LongJobStatus.CANCELLED, "finished_at = :now", now, null);
    }

    /** One job of its owner. */
    public Optional<JobView> find(long ownerId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM long_job WHERE id = :id AND owner_id = :owner")
            .param("id", id)
            .param("owner", ownerId)
            .query(JobStore::view)
            .optional();
    }

    /** The owner's jobs, newest first. */
    public List<JobView> mine(long ownerId, int limit) {
        return mine(ownerId, limit, 0);
    }

    /** One page of the owner's jobs, newest first; LIMIT and OFFSET in the query. */
    public List<JobView> mine(long ownerId, int limit, long offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM long_job WHERE owner_id = :owner ORDER BY created_at DESC, id DESC "
                + "LIMIT :limit OFFSET :offset")
            .param("owner", ownerId)
            .param("limit", limit)
            .param("offset", offset)
            .query(JobStore::view)
            .list();
    }

    /** How many jobs the owner has. */
    public long countMine(long ownerId) {
        return jdbc.sql("SELECT COUNT(*) FROM long_job WHERE owner_id = :owner")
            .param("owner", ownerId)
            .query(Long.class)
            .single();
    }

    /** The storage key of a done job's result file, if it has one. */
    public Optional<String> resultKey(long ownerId, long id) {
        return jdbc.sql("SELECT result_key FROM long_job WHERE id = :id AND owner_id = :owner AND status = 'DONE' "
                + "AND result_key IS NOT NULL")
            .param("id", id)
            .param("owner", ownerId)
            .query(String.class)
            .optional();
    }

    boolean exists(long ownerId, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM long_job WHERE owner_id = :owner AND kind = :kind")
            .param("owner", ownerId)
            .param("kind", kind)
            .query(Long.class)
            .single() > 0;
    }

    /** Running jobs whose last sign of life is older than the limit, with their owner's language. */
    List<Silent> silentSince(Instant limit) {
        return jdbc.sql("SELECT id, locale FROM long_job WHERE status = 'RUNNING' AND heartbeat_at < :limit")
            .param("limit", at(limit))
            .query((rs, n) -> new Silent(rs.getLong("id"), Locale.forLanguageTag(rs.getString("locale"))))
            .list();
    }

    private boolean move(long id, LongJobStatus to, String sets, Instant now, @Nullable String extra) {
        List<String> from = to.reachableFrom().stream().map(Enum::name).toList();
        return jdbc.sql("UPDATE long_job SET status = :to, " + sets + " WHERE id = :id AND status IN (:from)")
            .param("to", to.name())
            .param("now", at(now))
            .param("extra", extra)
            .param("id", id)
            .param("from", from)
            .update() == 1;
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static JobView view(ResultSet rs, int row) throws SQLException {
        long size = rs.getLong("result_size");
        Long resultSize = rs.wasNull() ? null : size;
        return new JobView(rs.getLong("id"), rs.getString("kind"), rs.getString("title"),
                LongJobStatus.valueOf(rs.getString("status")), rs.getLong("done_count"), rs.getLong("total_count"),
                rs.getString("message"), rs.getString("error_text"), rs.getString("summary"),
                Objects.requireNonNull(instant(rs, "created_at")), instant(rs, "started_at"),
                instant(rs, "finished_at"), rs.getString("result_name"), rs.getString("result_type"), resultSize);
    }

    record Silent(long id, Locale locale) {
    }

}
