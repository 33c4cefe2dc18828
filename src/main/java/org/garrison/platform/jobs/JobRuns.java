package org.garrison.platform.jobs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of scheduled-job runs, shared by all nodes. */
@Repository
class JobRuns {

    private final JdbcClient jdbc;

    JobRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long started(String job, String node, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into job_run (job_name, node, started_at, outcome) values (:job, :node, :at, 'RUNNING')")
            .param("job", job)
            .param("node", node)
            .param("at", utc(at))
            .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void finished(long id, Instant at, String outcome, @Nullable String detail) {
        jdbc.sql("update job_run set finished_at = :at, outcome = :outcome, detail = :detail where id = :id")
            .param("at", utc(at))
            .param("outcome", outcome)
            .param("detail", detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000)))
            .param("id", id)
            .update();
    }

    List<Run> latest(int limit) {
        return jdbc.sql("""
                select id, job_name, node, started_at, finished_at, outcome, detail from job_run
                order by started_at desc, id desc fetch first :limit rows only""")
            .param("limit", limit)
            .query(Run.class)
            .list();
    }

    /** The PostgreSQL driver cannot bind an {@code Instant}; both databases take an offset date-time. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    record Run(long id, String jobName, String node, Instant startedAt, @Nullable Instant finishedAt, String outcome,
            @Nullable String detail) {
    }

}
