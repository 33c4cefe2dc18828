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

import org.garrison.patrols.PatrolManagement;
import org.garrison.shared.BranchId;
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
 * interleaved blocks (so all paths see the same load on a shared machine): each block (b) by raw JDBC batch
 * inserts into {@code patrol_scan}, then deleted, (c) by raw multi-row inserts of 100 rows (the statement shape
 * the API uses on PostgreSQL, for reference), then deleted, then (a) the same scans uploaded through the HTTP API
 * with a bearer token ({@code POST /api/v1/patrol/scans}); all with {@code -Dpatrols.bench.clients} (default 4)
 * concurrent clients (connections or HTTP clients), after a warm-up of both paths in rounds of
 * {@value #WARM_UP_BATCHES} batches each for {@code -Dpatrols.bench.warmup-seconds} (default 60), so the JIT
 * compiler has compiled both paths before anything is measured (its own CPU would otherwise count against the
 * path it is compiling).
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

    static final String RAW_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final String RAW_INSERT = "INSERT INTO patrol_scan (scan_uuid, checkpoint_id, site_id, guard_user_id, "
            + "scanned_at, received_at, source, device_id, latitude, longitude, note, flags) VALUES " + RAW_ROW;

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

    record Timings(long totalNanos, long[] batchNanos, CpuMeter.Reading cpu) {

        double rowsPerSecond() {
            return (double) batchNanos.length * BATCH / (totalNanos / 1e9);
        }

        /** CPU milliseconds per 1,000 scans, of this JVM (server and client sides) and of PostgreSQL. */
        double jvmCpuPerThousand() {
            return cpu.jvmNanos() / 1e6 / (batchNanos.length * BATCH / 1000.0);
        }

        double postgresCpuPerThousand() {
            return cpu.postgresNanos() / 1e6 / (batchNanos.length * BATCH / 1000.0);
        }

        static Timings join(List<Timings> parts) {
            long total = parts.stream().mapToLong(Timings::totalNanos).sum();
            long[] all = parts.stream().flatMapToLong(t -> Arrays.stream(t.batchNanos())).toArray();
            var cpu = parts.stream().map(Timings::cpu).reduce(new CpuMeter.Reading(0, 0), CpuMeter.Reading::plus);
            return new Timings(total, all, cpu);
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
        // The history ends the day before yesterday, so the measured scans (the last hours, whatever the time of day)
        // never fall on its generated tours (which have counts but no points) and the run is the same at any hour.
        LocalDate lastDay = LocalDate.now(LargeCompany.ZONE).minusDays(2);
        var company = new LargeCompany(scale, lastDay);
        long started = System.nanoTime();
        company.generate(dataSource);
        double generateSeconds = (System.nanoTime() - started) / 1e9;
        long admin = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();

        var measured = scans(company, "m", MEASURED_BATCHES * BATCH);
        int clients = Integer.getInteger("patrols.bench.clients", 4);
        // One token per client, as every phone or device signs in on its own.
        var tokens = new java.util.concurrent.LinkedBlockingQueue<String>();
        for (int i = 0; i < clients; i++) {
            tokens.add(token());
        }
        long warmUpUntil = System.nanoTime() + Long.getLong("patrols.bench.warmup-seconds", 60) * 1_000_000_000L;
        for (int round = 0; round == 0 || System.nanoTime() < warmUpUntil; round++) {
            int size = WARM_UP_BATCHES * BATCH;
            var warmUp = scans(company, "w" + round, size * 3);
            raw(warmUp.subList(0, size), admin, clients, false);
            raw(warmUp.subList(size, 2 * size), admin, clients, true);
            api(tokens, warmUp.subList(2 * size, 3 * size), clients);
        }
        // Interleaved blocks, so that all paths see the same load on this shared machine: each block's scans are
        // inserted raw by JDBC batches, deleted, inserted raw by multi-row statements, deleted, then uploaded through
        // the API.
        var rawBlocks = new ArrayList<Timings>();
        var multiRowBlocks = new ArrayList<Timings>();
        var apiBlocks = new ArrayList<Timings>();
        int perBlock = measured.size() / BLOCKS;
        for (int k = 0; k < BLOCKS; k++) {
            var block = measured.subList(k * perBlock, (k + 1) * perBlock);
            rawBlocks.add(raw(block, admin, clients, false));
            jdbc.sql("DELETE FROM patrol_scan WHERE scan_uuid LIKE 'm-%'").update();
            multiRowBlocks.add(raw(block, admin, clients, true));
            jdbc.sql("DELETE FROM patrol_scan WHERE scan_uuid LIKE 'm-%'").update();
            apiBlocks.add(api(tokens, block, clients));
            if (k < BLOCKS - 1) {
                jdbc.sql("DELETE FROM patrol_scan WHERE scan_uuid LIKE 'm-%'").update();
            }
        }
        Timings raw = Timings.join(rawBlocks);
        Timings multiRow = Timings.join(multiRowBlocks);
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
                (c) for reference, raw multi-row INSERT of 100 rows (the statement shape the API uses): %,.0f scans/s; p50 %.2f ms, p99 %.2f ms; API = %.0f %% of it
                CPU per 1,000 scans (this JVM incl. the benchmark's own clients / PostgreSQL): raw %.0f / %.0f ms, multi-row %.0f / %.0f ms, API %.0f / %.0f ms
                completion rate of one branch (%d sites) over 30 days: median %.1f ms, p95 %.1f ms, max %.1f ms (target < 200 ms)
                """, TestDatabase.isPostgres() ? "PostgreSQL" : "H2", scale, company.sites, LargeCompany.BRANCHES,
                company.sites * LargeCompany.GUARDS_PER_SITE, company.days, totalScans, totalTours, generateSeconds,
                clients, raw.rowsPerSecond(), BATCH, raw.percentileMillis(0.5), raw.percentileMillis(0.99), clients, api.rowsPerSecond(),
                BATCH, api.percentileMillis(0.5), api.percentileMillis(0.99), 100 * api.rowsPerSecond() / raw.rowsPerSecond(),
                stored, perBlock, multiRow.rowsPerSecond(), multiRow.percentileMillis(0.5), multiRow.percentileMillis(0.99),
                100 * api.rowsPerSecond() / multiRow.rowsPerSecond(), raw.jvmCpuPerThousand(), raw.postgresCpuPerThousand(),
                multiRow.jvmCpuPerThousand(), multiRow.postgresCpuPerThousand(), api.jvmCpuPerThousand(),
                api.postgresCpuPerThousand(), company.sites / LargeCompany.BRANCHES, queryMillis[queryMillis.length / 2],
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

    /**
     * The baseline: each batch of 100 stored over one connection, as a JDBC batch of single-row inserts ({@code
     * multiRow} false) or as one multi-row {@code INSERT} (true), and committed.
     */
    private Timings raw(List<Scan> scans, long guard, int clients, boolean multiRow) throws Exception {
        String sql = multiRow ? RAW_INSERT.substring(0, RAW_INSERT.indexOf("VALUES ") + 7)
                + String.join(", ", java.util.Collections.nCopies(BATCH, RAW_ROW)) : RAW_INSERT;
        return parallel(scans, clients, () -> {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(false);
            PreparedStatement ps = c.prepareStatement(sql);
            return new BatchSender() {

                @Override
                public void send(List<Scan> batch) throws Exception {
                    for (int i = 0; i < batch.size(); i++) {
                        bind(ps, multiRow ? i * 12 : 0, batch.get(i), guard);
                        if (!multiRow) {
                            ps.addBatch();
                        }
                    }
                    if (multiRow) {
                        ps.executeUpdate();
                    }
                    else {
                        ps.executeBatch();
                    }
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

    private static void bind(PreparedStatement ps, int offset, Scan scan, long guard) throws java.sql.SQLException {
        ps.setString(offset + 1, scan.id());
        ps.setLong(offset + 2, scan.checkpointId());
        ps.setLong(offset + 3, scan.siteId());
        ps.setLong(offset + 4, guard);
        ps.setObject(offset + 5, OffsetDateTime.ofInstant(scan.at(), ZoneOffset.UTC));
        ps.setObject(offset + 6, OffsetDateTime.now(ZoneOffset.UTC));
        ps.setString(offset + 7, "API");
        ps.setString(offset + 8, "bench");
        ps.setNull(offset + 9, java.sql.Types.DOUBLE);
        ps.setNull(offset + 10, java.sql.Types.DOUBLE);
        ps.setNull(offset + 11, java.sql.Types.VARCHAR);
        ps.setNull(offset + 12, java.sql.Types.VARCHAR);
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
        var cpu = CpuMeter.now();
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
        long elapsed = System.nanoTime() - total;
        return new Timings(elapsed, batches, CpuMeter.now().minus(cpu));
    }

    private Timings api(java.util.concurrent.BlockingQueue<String> tokens, List<Scan> scans, int clients)
            throws Exception {
        URI uploads = URI.create("http://127.0.0.1:" + port + "/api/v1/patrol/scans");
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
                // A plain blocking client on a kept-alive connection: the load generator should cost little of
                // the CPU the server needs (java.net.http.HttpClient's asynchronous machinery cost about a fifth).
                var connection = (java.net.HttpURLConnection) uploads.toURL().openConnection();
                connection.setRequestMethod("POST");
                connection.setDoOutput(true);
                connection.setRequestProperty("Authorization", "Bearer " + token);
                connection.setRequestProperty("Content-Type", "application/json");
                byte[] bytes = body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                connection.setFixedLengthStreamingMode(bytes.length);
                try (var out = connection.getOutputStream()) {
                    out.write(bytes);
                }
                int status = connection.getResponseCode();
                var in = status == 200 ? connection.getInputStream() : connection.getErrorStream();
                String answer = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                in.close();
                if (status != 200) {
                    throw new IllegalStateException(status + " " + answer);
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
