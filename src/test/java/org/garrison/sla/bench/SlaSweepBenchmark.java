package org.garrison.sla.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.garrison.sla.internal.SlaSweep;
import org.garrison.testsupport.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a test: the class name matches none of Surefire's default patterns, so {@code ./mvnw test}
 * never runs it. Run it on purpose with
 * {@code ./mvnw -q -B test -Dtest=SlaSweepBenchmark} (H2) or with {@code GARRISON_TEST_DB=postgres} in front.
 * <p>
 * Each round inserts 100,000 open clocks by JDBC batch, 1,000 of them due, then times (a) the raw JDBC
 * {@code SELECT id FROM sla_clock WHERE next_due_at <= ?} of the due rows, (b) the sweep that fires and marks
 * them and publishes their events, (c) an idle sweep with nothing due (the usual minute). The sweep is
 * reported as a ratio against (a) and against the batch insert, measured in the same round; the median of
 * the measured rounds (after one warm-up round) is written to the log and to
 * {@code target/sla-sweep-benchmark.txt}.
 */
@Tag("benchmark")
@SpringBootTest
class SlaSweepBenchmark {

    private static final Logger log = LoggerFactory.getLogger(SlaSweepBenchmark.class);

    static final int OPEN = 100_000;

    static final int DUE = 1_000;

    static final int ROUNDS = 3;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SlaSweep sweep;

    record Round(long insertNanos, long selectNanos, long sweepNanos, long idleSweepNanos, int fired) {
    }

    @Test
    void sweepOfOneHundredThousandOpenClocks() throws Exception {
        long policyId = jdbc.sql("SELECT id FROM sla_policy WHERE item_type = 'WORK_ORDER' AND category = 'ELECTRICAL_FAULT'")
            .query(Long.class).single();
        runRound(policyId, 10_000, 100);
        var rounds = new ArrayList<Round>();
        for (int i = 0; i < ROUNDS; i++) {
            rounds.add(runRound(policyId, OPEN, DUE));
        }
        var plan = jdbc.sql("EXPLAIN SELECT id FROM sla_clock WHERE next_due_at <= ? ORDER BY next_due_at LIMIT 500")
            .param(Timestamp.from(Instant.now())).query((rs, n) -> rs.getString(1)).list();
        var report = report(rounds, plan);
        log.info("\n{}", report);
        Files.writeString(Path.of("target", "sla-sweep-benchmark.txt"), report);
        assertThat(rounds).allSatisfy(r -> assertThat(r.fired()).isGreaterThanOrEqualTo(DUE));
    }

    private Round runRound(long policyId, int open, int due) throws SQLException {
        deleteBenchRows();
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long t0 = System.nanoTime();
        insert(policyId, open, due, now);
        long t1 = System.nanoTime();
        var ids = jdbc.sql("SELECT id FROM sla_clock WHERE next_due_at <= ?").param(Timestamp.from(now))
            .query(Long.class).list();
        long t2 = System.nanoTime();
        int fired = sweep.sweep(now);
        long t3 = System.nanoTime();
        int again = sweep.sweep(now);
        long t4 = System.nanoTime();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(due);
        assertThat(again).isZero();
        deleteBenchRows();
        return new Round(t1 - t0, t2 - t1, t3 - t2, t4 - t3, fired);
    }

    private void deleteBenchRows() {
        jdbc.sql("DELETE FROM sla_clock WHERE item_type = 'BENCH'").update();
    }

    /** Due clocks started two hours ago (response breached); the others a minute ago (warning in 23 minutes). */
    private void insert(long policyId, int open, int due, Instant now) throws SQLException {
        var sql = """
                INSERT INTO sla_clock (item_type, item_ref, category, site_id, policy_id, state, started_at,
                  response_seconds, resolution_seconds, warning_percent, held_seconds, response_warn_at, response_due_at,
                  resolution_warn_at, resolution_due_at, next_due_at)
                VALUES ('BENCH', ?, 'ELECTRICAL_FAULT', NULL, ?, 'RUNNING', ?, 1800, 86400, 80, 0, ?, ?, ?, ?, ?)""";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.prepareStatement(sql)) {
                int step = open / due;
                for (int i = 0; i < open; i++) {
                    var start = i % step == 0 ? now.minus(Duration.ofHours(2)) : now.minus(Duration.ofMinutes(1));
                    var warn = start.plus(Duration.ofMinutes(24));
                    statement.setString(1, "B-" + i);
                    statement.setLong(2, policyId);
                    statement.setTimestamp(3, Timestamp.from(start));
                    statement.setTimestamp(4, Timestamp.from(warn));
                    statement.setTimestamp(5, Timestamp.from(start.plus(Duration.ofMinutes(30))));
                    statement.setTimestamp(6, Timestamp.from(start.plus(Duration.ofMinutes(1152))));
                    statement.setTimestamp(7, Timestamp.from(start.plus(Duration.ofHours(24))));
                    statement.setTimestamp(8, Timestamp.from(warn));
                    statement.addBatch();
                    if (i % 1000 == 999) {
                        statement.executeBatch();
                    }
                }
                statement.executeBatch();
            }
            connection.commit();
        }
    }

    private static String report(List<Round> rounds, List<String> plan) {
        var insert = median(rounds, Round::insertNanos);
        var select = median(rounds, Round::selectNanos);
        var swept = median(rounds, Round::sweepNanos);
        var idle = median(rounds, Round::idleSweepNanos);
        return String.format(Locale.ROOT, """
                SLA sweep benchmark on %s — %,d open clocks, %,d due, median of %d rounds (after 1 warm-up)
                  JDBC batch insert of %,d clocks:   %8.1f ms
                  raw SELECT id of the due clocks:    %8.1f ms
                  sweep (fire + mark + events):       %8.1f ms   = %.1f × raw SELECT, %.3f × batch insert
                  idle sweep (nothing due):           %8.1f ms   = %.2f × raw SELECT
                  fired per round: %s
                  query plan: %s
                """, TestDatabase.isPostgres() ? "PostgreSQL" : "H2", OPEN, DUE, rounds.size(), OPEN, ms(insert),
                ms(select), ms(swept), (double) swept / select, (double) swept / insert, ms(idle),
                (double) idle / select, rounds.stream().map(Round::fired).toList(), String.join(" / ", plan));
    }

    private static long median(List<Round> rounds, java.util.function.ToLongFunction<Round> metric) {
        var values = new ArrayList<Long>(rounds.stream().map(metric::applyAsLong).toList());
        Collections.sort(values);
        return values.get(values.size() / 2);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

}
