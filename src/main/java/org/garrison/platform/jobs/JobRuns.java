package org.garrison.platform.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.garrison.shared.RunSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The history of scheduled-job runs, shared by all nodes. */
@Repository
class JobRuns {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    JobRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long started(String job, String node, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into job_run (job_name, node, started_at, outcome) values (:job, :node, :at, 'RUNNING')")
            .param("job", job)
            .param("node", node)
            .param("at", utc(at))
            .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The run finished; what it did is kept as its message key and arguments. */
    void done(long id, Instant at, RunSummary summary) {
        jdbc.sql("""
                update job_run set finished_at = :at, outcome = 'DONE', detail_key = :key, detail_args = :args
                where id = :id""")
            .param("at", utc(at))
            .param("key", summary.key())
            .param("args", JSON.writeValueAsString(summary.args()))
            .param("id", id)
            .update();
    }

    /** The run failed; the error is kept as text. */
    void failed(long id, Instant at, String error) {
        jdbc.sql("update job_run set finished_at = :at, outcome = 'FAILED', detail = :detail where id = :id")
            .param("at", utc(at))
            .param("detail", error.substring(0, Math.min(error.length(), 1000)))
            .param("id", id)
            .update();
    }

    List<Run> latest(int limit) {
        return jdbc.sql("""
                select id, job_name, node, started_at, finished_at, outcome, detail, detail_key, detail_args from job_run
                order by started_at desc, id desc fetch first :limit rows only""")
            .param("limit", limit)
            .query(JobRuns::run)
            .list();
    }

    private static Run run(ResultSet row, int rowNum) throws SQLException {
        String key = row.getString("detail_key");
        String args = row.getString("detail_args");
        var finishedAt = row.getObject("finished_at", OffsetDateTime.class);
        return new Run(row.getLong("id"), row.getString("job_name"), row.getString("node"),
                row.getObject("started_at", OffsetDateTime.class).toInstant(),
                finishedAt == null ? null : finishedAt.toInstant(), row.getString("outcome"), row.getString("detail"),
                key == null ? null : new RunSummary(key, args == null ? List.of() : JSON.readValue(args, new TypeReference<List<Object>>() {
                })));
    }

    /** The PostgreSQL driver cannot bind an {@code Instant}; both databases take an offset date-time. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * One run. {@code summary} is what a finished run did (none while it runs, when it failed, and for runs
     * recorded before summaries were kept); {@code detail} is the text of those older runs or the error.
     */
    record Run(long id, String jobName, String node, Instant startedAt, @Nullable Instant finishedAt, String outcome,
            @Nullable String detail, @Nullable RunSummary summary) {
    }

}
