package org.garrison.patrols.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.garrison.organisation.BranchId;
import org.garrison.patrols.PatrolManagement;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a test: the class name matches none of Surefire's default patterns, so {@code ./mvnw test}
 * never runs it. Run it on purpose (PostgreSQL on 127.0.0.1, scale 1 = 1,000 guards, 200 sites, 90 days ≈ 3.6 M
 * scans; a smaller {@code -Dpatrols.bench.scale=0.05} first):
 * {@code GARRISON_TEST_DB=postgres ./mvnw -o -q -B test -Dtest=PatrolIngestBenchmark -Dpatrols.bench.scale=1}
 * <p>
 * After generating the company, {@value #MEASURED_BATCHES} batches of 100 scans are stored in {@value #BLOCKS}
 * interleaved blocks (so both paths see the same load on a shared machine): each block (b) by raw JDBC batch
 * inserts into {@code patrol_scan}, then deleted, then (a) the same scans uploaded through the HTTP API with a
 * bearer token ({@code POST /api/v1/patrol/scans}); both with {@code -Dpatrols.bench.clients} (default 4)
 * concurrent clients (connections or HTTP clients), after {@value #WARM_UP_BATCHES} warm-up batches each.
 * Reported: throughput of each, the ratio, the p50/p99 batch latency, and the completion-rate query for one
 * branch over 30 days (20 runs). Written to the
 * log and {@code target/patrols-benchmark.txt}. Bounded by a 40-minute timeout.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PatrolIngestBenchmark {

    private static final Logger log = LoggerFactory.getLogger(PatrolIngestBenchmark.class);

    static final int BATCH = 100;

    static final int WARM_UP_BATCHES = 100;

    static final int MEASURED_BATCHES = 1000;

    static final int BLOCKS = 10;

    static final String RAW_INSERT = "INSERT INTO patrol_scan (scan_uuid, checkpoint_id, site_id, guard_user_id, "
            + "scanned_at, received_at, source, device_id, latitude, longitude, note, flags) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PatrolManagement patrols;

    record Scan(String id, long checkpointId, long siteId, String code, Instant at) {
    }

    record Timings(long totalNanos, long[] batchNanos) {

        double rowsPerSecond() {
            return (double) batchNanos.length * BATCH / (totalNanos / 1e9);
        }

        static Timings join(List<Timings> parts) {
            long total = parts.stream().mapToLong(Timings::totalNanos).sum();
            long[] all = parts.stream().flatMapToLong(t -> Arrays.stream(t.batchNanos())).toArray();
            return new Timings(total, all);
        }

        double percentileMillis(double p) {
            long[] sorted = batchNanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }

    }

    @Test
    @Timeout(value = 40, unit = TimeUnit.MINUTES)
    void scanIngestThroughTheApiAgainstRawJdbcAndTheCompletionRateOfABranch() throws Exception {
        double scale = Double.parseDouble(System.getProperty("patrols.bench.scale", "1"));
        LocalDate lastDay = LocalDate.now(LargeCompany.ZONE).minusDays(1);
        var company = new LargeCompany(scale, lastDay);
        long started = System.nanoTime();
        company.generate(dataSource);
        double generateSeconds = (System.nanoTime() - started) / 1e9;
        long admin = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();

        var warmUp = scans(company, "w", WARM_UP_BATCHES * BATCH * 2);
        var measured = scans(company, "m", MEASURED_BATCHES * BATCH);
        int clients = Integer.getInteger("patrols.bench.clients", 4);
        // One token per client, as every phone or device signs in on its own.
        var tokens = new java.util.concurrent.LinkedBlockingQueue<String>();
        for (int i = 0; i < clients; i++) {
            tokens.add(token());
        }
        var client = HttpClient.newHttpClient();
        raw(warmUp.subList(0, WARM_UP_BATCHES * BATCH), admin, clients);
        api(client, tokens, warmUp.subList(WARM_UP_BATCHES * BATCH, warmUp.size()), clients);
        // Interleaved blocks, so that both paths see the same load on this shared machine: each block's scans are
        // inserted raw, deleted, then uploaded through the API.
        var rawBlocks = new ArrayList<Timings>();
        var apiBlocks = new ArrayList<Timings>();
        int perBlock = measured.size() / BLOCKS;
        for (int k = 0; k < BLOCKS; k++) {
            var block = measured.subList(k * perBlock, (k + 1) * perBlock);
            rawBlocks.add(raw(block, admin, clients));
            jdbc.sql("DELETE FROM patrol_scan WHERE scan_uuid LIKE 'm-%'").update();
            apiBlocks.add(api(client, tokens, block, clients));
            if (k < BLOCKS - 1) {
                jdbc.sql("DELETE FROM patrol_scan WHERE scan_uuid LIKE 'm-%'").update();
            }
        }
        Timings raw = Timings.join(rawBlocks);
        Timings api = Timings.join(apiBlocks);
        long stored = jdbc.sql("SELECT COUNT(*) FROM patrol_scan WHERE scan_uuid LIKE 'm-%'").query(Long.class).single();

        var to = lastDay;
        var from = to.minusDays(29);
        var branch = new BranchId(company.branchIds.get(0));
        var queryMillis = new double[20];
        for (int i = 0; i < queryMillis.length; i++) {
            long t = System.nanoTime();
            var rate = patrols.completionOfBranch(branch, from, to);
            queryMillis[i] = (System.nanoTime() - t) / 1e6;
            assertThat(rate.due()).isPositive();
        }
        Arrays.sort(queryMillis);
        long totalScans = jdbc.sql("SELECT COUNT(*) FROM patrol_scan").query(Long.class).single();
        long totalTours = jdbc.sql("SELECT COUNT(*) FROM patrol_tour").query(Long.class).single();

        String report = String.format(Locale.ROOT, """
                Patrol ingest benchmark (%s, scale %.2f)
                data: %d sites in %d branches, %d guards, %d days; %,d scans and %,d tours in the tables (generated in %.0f s)
                (b) raw JDBC batch insert (%d connections): %,.0f scans/s; batch of %d p50 %.2f ms, p99 %.2f ms
                (a) HTTP API (bearer token, %d clients): %,.0f scans/s; batch of %d p50 %.2f ms, p99 %.2f ms
                API throughput = %.0f %% of raw (target >= 50 %%); %,d of %,d scans of the last block stored
                completion rate of one branch (%d sites) over 30 days: median %.1f ms, p95 %.1f ms, max %.1f ms (target < 200 ms)
                """, TestDatabase.isPostgres() ? "PostgreSQL" : "H2", scale, company.sites, LargeCompany.BRANCHES,
                company.sites * LargeCompany.GUARDS_PER_SITE, company.days, totalScans, totalTours, generateSeconds,
                clients, raw.rowsPerSecond(), BATCH, raw.percentileMillis(0.5), raw.percentileMillis(0.99), clients, api.rowsPerSecond(),
                BATCH, api.percentileMillis(0.5), api.percentileMillis(0.99), 100 * api.rowsPerSecond() / raw.rowsPerSecond(),
                stored, perBlock, company.sites / LargeCompany.BRANCHES, queryMillis[queryMillis.length / 2],
                queryMillis[(int) (queryMillis.length * 0.95) - 1], queryMillis[queryMillis.length - 1]);
        log.info("\n{}", report);
        Files.writeString(Path.of("target", "patrols-benchmark.txt"), report);
        assertThat(stored).isEqualTo(perBlock);
    }

    /** Scans spread over every site's checkpoints, in the last hours (the API refuses future and old scans). */
    private static List<Scan> scans(LargeCompany company, String prefix, int count) {
        var scans = new ArrayList<Scan>(count);
        Instant base = Instant.now().minus(Duration.ofHours(6));
        for (int i = 0; i < count; i++) {
            int site = i % company.sites;
            int point = (i / company.sites) % LargeCompany.CHECKPOINTS_PER_SITE;
            scans.add(new Scan(prefix + "-" + i, company.checkpointIds.get(site)[point], company.siteIds.get(site),
                    company.checkpointCodes.get(site)[point], base.plusMillis(i * 150L)));
        }
        return scans;
    }

    private Timings raw(List<Scan> scans, long guard, int clients) throws Exception {
        return parallel(scans, clients, () -> {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(false);
            PreparedStatement ps = c.prepareStatement(RAW_INSERT);
            return new BatchSender() {

                @Override
                public void send(List<Scan> batch) throws Exception {
                    for (Scan scan : batch) {
                        ps.setString(1, scan.id());
                        ps.setLong(2, scan.checkpointId());
                        ps.setLong(3, scan.siteId());
                        ps.setLong(4, guard);
                        ps.setObject(5, OffsetDateTime.ofInstant(scan.at(), ZoneOffset.UTC));
                        ps.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
                        ps.setString(7, "API");
                        ps.setString(8, "bench");
                        ps.setNull(9, java.sql.Types.DOUBLE);
                        ps.setNull(10, java.sql.Types.DOUBLE);
                        ps.setNull(11, java.sql.Types.VARCHAR);
                        ps.setNull(12, java.sql.Types.VARCHAR);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    c.commit();
                }

                @Override
                public void close() throws Exception {
                    ps.close();
                    c.close();
                }

            };
        });
    }

    /** Sends batches of 100 from one client (a connection or an HTTP client). */
    interface BatchSender extends AutoCloseable {

        void send(List<Scan> batch) throws Exception;

    }

    interface SenderFactory {

        BatchSender open() throws Exception;

    }

    /** {@code clients} threads take the next batch until none is left; each batch is timed. */
    private static Timings parallel(List<Scan> scans, int clients, SenderFactory factory) throws Exception {
        var batches = new long[scans.size() / BATCH];
        var next = new java.util.concurrent.atomic.AtomicInteger();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        long total = System.nanoTime();
        try {
            var futures = new ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    try (BatchSender sender = factory.open()) {
                        for (int b = next.getAndIncrement(); b < batches.length; b = next.getAndIncrement()) {
                            long t = System.nanoTime();
                            sender.send(scans.subList(b * BATCH, (b + 1) * BATCH));
                            batches[b] = System.nanoTime() - t;
                        }
                    }
                    return null;
                }));
            }
            for (var future : futures) {
                future.get(10, TimeUnit.MINUTES);
            }
        }
        finally {
            pool.shutdownNow();
        }
        return new Timings(System.nanoTime() - total, batches);
    }

    private Timings api(HttpClient client, java.util.concurrent.BlockingQueue<String> tokens, List<Scan> scans,
            int clients) throws Exception {
        return parallel(scans, clients, () -> new BatchSender() {

            private final String token = tokens.remove();

            @Override
            public void send(List<Scan> batch) throws Exception {
                var body = new StringBuilder("{\"deviceSentAt\":\"").append(Instant.now())
                    .append("\",\"deviceId\":\"bench\",\"scans\":[");
                for (Scan scan : batch) {
                    body.append("{\"scanId\":\"").append(scan.id()).append("\",\"checkpointCode\":\"")
                        .append(scan.code()).append("\",\"scannedAt\":\"").append(scan.at()).append("\"},");
                }
                body.setLength(body.length() - 1);
                body.append("]}");
                var response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/patrol/scans"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(response.statusCode() + " " + response.body());
                }
            }

            @Override
            public void close() {
                tokens.add(token);
            }

        });
    }

    private String token() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/token"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + DemoUsers.PASSWORD
                    + "\",\"name\":\"benchmark\"}"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

}
