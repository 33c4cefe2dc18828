package org.garrison.attendance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.garrison.attendance.AttendanceFixtures;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeopleManagement;
import org.garrison.rosters.ShiftId;
import org.garrison.shared.UserId;
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
 * Benchmark, not a test (its name matches none of Surefire's default patterns, so {@code ./mvnw test} never runs it):
 * {@code GARRISON_TEST_DB=postgres ./mvnw -o -q -B test -Dtest=AttendanceBenchmark}.
 * <p>
 * (1) Clock-in ingest: {@value #MEASURED_BATCHES} batches of 100 clock events of the demo guard and team leader (each
 * caller may clock only his own shifts, so every batch is one guard's, as a phone's queue is) in {@value #BLOCKS}
 * interleaved blocks, each stored (b) by raw JDBC batch inserts into {@code att_clock_event}, deleted, then (a) uploaded
 * through {@code POST /api/v1/attendance/clock-events} with bearer tokens; {@code -Dattendance.bench.clients} (default
 * 4) concurrent clients, after a warm-up of both paths for {@code -Dattendance.bench.warmup-seconds} (default 60:
 * the JIT is still compiling after 20 s).
 * (2) Who is on duty now for the generated company ({@link GuardCompany}: 1,000 guards, 200 sites, 400 post-shifts a
 * day for a month): {@code GET /api/v1/attendance/on-duty} as the company-wide admin, 50 warm-up then 200 timed calls.
 * Written to the log and {@code target/attendance-benchmark.txt}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AttendanceBenchmark {

    private static final Logger log = LoggerFactory.getLogger(AttendanceBenchmark.class);

    static final int BATCH = 100;

    static final int MEASURED_BATCHES = 400;

    static final int BLOCKS = 8;

    static final String RAW_INSERT = "INSERT INTO att_clock_event (event_uuid, shift_id, employee_id, site_id, kind, "
            + "occurred_at, received_at, source, device_id, latitude, longitude, flags, reason, recorded_by) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, 'API', 'bench', ?, ?, NULL, NULL, ?)";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeopleManagement people;

    @Autowired
    org.garrison.attendance.internal.OnDutyBoard board;

    record Caller(String username, long userId, EmployeeId employee, ShiftId shift, long site) {
    }

    record Event(String id, Caller caller, String kind, Instant at) {
    }

    record Timings(long totalNanos, long[] batchNanos) {

        double rowsPerSecond() {
            return (double) batchNanos.length * BATCH / (totalNanos / 1e9);
        }

        double percentileMillis(double p) {
            long[] sorted = batchNanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }

        static Timings join(List<Timings> parts) {
            return new Timings(parts.stream().mapToLong(Timings::totalNanos).sum(),
                    parts.stream().flatMapToLong(t -> Arrays.stream(t.batchNanos())).toArray());
        }

    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void clockInIngestAgainstRawJdbcAndWhoIsOnDutyNowForAThousandGuards() throws Exception {
        long started = System.nanoTime();
        var company = new GuardCompany();
        company.generate(dataSource);
        double generateSeconds = (System.nanoTime() - started) / 1e9;

        var fixtures = new AttendanceFixtures(jdbc);
        var site = fixtures.site(fixtures.branch(), null, "基准打卡驻点");
        Instant now = Instant.now();
        var callers = new ArrayList<Caller>();
        for (String username : List.of("guard", "leader")) {
            long user = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
            var employee = people.employeeOfUser(new UserId(user)).orElseThrow();
            var shift = fixtures.shift(site, employee, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(11)));
            callers.add(new Caller(username, user, employee, shift, site.value()));
        }
        int clients = Integer.getInteger("attendance.bench.clients", 4);
        var tokens = new java.util.concurrent.LinkedBlockingQueue<Caller>();
        var tokenOf = new java.util.concurrent.ConcurrentHashMap<String, String>();
        for (int i = 0; i < clients; i++) {
            Caller caller = callers.get(i % callers.size());
            tokenOf.put(caller.username() + i, token(caller.username()));
        }

        long warmUpUntil = System.nanoTime() + Long.getLong("attendance.bench.warmup-seconds", 60) * 1_000_000_000L;
        for (int round = 0; round == 0 || System.nanoTime() < warmUpUntil; round++) {
            var warm = events(callers, "w" + round + "-", 2 * 50 * BATCH);
            raw(warm.subList(0, warm.size() / 2), clients);
            api(warm.subList(warm.size() / 2, warm.size()), clients, tokenOf);
            // Each round's events go, so that both paths insert into a table of the size a company has.
            jdbc.sql("DELETE FROM att_clock_event WHERE event_uuid LIKE 'w%'").update();
        }
        vacuum();
        var measured = events(callers, "m-", MEASURED_BATCHES * BATCH);
        var rawBlocks = new ArrayList<Timings>();
        var apiBlocks = new ArrayList<Timings>();
        int perBlock = measured.size() / BLOCKS;
        for (int k = 0; k < BLOCKS; k++) {
            var block = measured.subList(k * perBlock, (k + 1) * perBlock);
            rawBlocks.add(raw(block, clients));
            jdbc.sql("DELETE FROM att_clock_event WHERE event_uuid LIKE 'm-%'").update();
            apiBlocks.add(api(block, clients, tokenOf));
            if (k < BLOCKS - 1) {
                jdbc.sql("DELETE FROM att_clock_event WHERE event_uuid LIKE 'm-%'").update();
            }
        }
        Timings raw = Timings.join(rawBlocks);
        Timings api = Timings.join(apiBlocks);
        long stored = jdbc.sql("SELECT COUNT(*) FROM att_clock_event WHERE event_uuid LIKE 'm-%'").query(Long.class).single();
        // The measured events go before the board is timed, so it reads a day as a company has it (the generated
        // events), not the callers' two running shifts with thousands of events each.
        jdbc.sql("DELETE FROM att_clock_event WHERE event_uuid LIKE 'm-%'").update();
        vacuum();

        String admin = token("admin");
        var onDuty = URI.create("http://127.0.0.1:" + port + "/api/v1/attendance/on-duty");
        var http = HttpClient.newHttpClient();
        int rows = 0;
        var millis = new double[200];
        for (int i = -50; i < millis.length; i++) {
            long t = System.nanoTime();
            var response = http.send(HttpRequest.newBuilder(onDuty).header("Authorization", "Bearer " + admin).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (i >= 0) {
                millis[i] = (System.nanoTime() - t) / 1e6;
            }
            assertThat(response.statusCode()).isEqualTo(200);
            rows = response.body().split("\"guardName\"", -1).length - 1;
        }
        Arrays.sort(millis);
        // The board alone, in this JVM, without HTTP, security and JSON: tells the query time from the web stack's.
        var boardMillis = new double[100];
        for (int i = -20; i < boardMillis.length; i++) {
            long t = System.nanoTime();
            int n = board.now(org.garrison.shared.DataScope.company(0), null).size();
            if (i >= 0) {
                boardMillis[i] = (System.nanoTime() - t) / 1e6;
            }
            assertThat(n).isEqualTo(rows);
        }
        Arrays.sort(boardMillis);

        String report = String.format(Locale.ROOT, """
                Attendance benchmark (%s)
                data: %d sites in %d branches, %d guards; %,d published shifts and %,d clock events generated in %.0f s
                (b) raw JDBC batch insert (%d connections): %,.0f events/s; batch of %d p50 %.2f ms, p99 %.2f ms
                (a) HTTP API (bearer tokens, %d clients): %,.0f events/s; batch of %d p50 %.2f ms, p99 %.2f ms
                API throughput = %.0f %% of raw (target >= 50 %%); %,d of %,d events of the last block stored
                who is on duty now, whole company (%d rows): median %.1f ms, p95 %.1f ms, max %.1f ms (target p95 < 100 ms)
                the board alone (OnDutyBoard.now in this JVM, no HTTP): median %.1f ms, p95 %.1f ms
                """, TestDatabase.isPostgres() ? "PostgreSQL" : "H2", GuardCompany.SITES, GuardCompany.BRANCHES,
                GuardCompany.SITES * GuardCompany.GUARDS_PER_SITE, company.shifts, company.events, generateSeconds, clients,
                raw.rowsPerSecond(), BATCH, raw.percentileMillis(0.5), raw.percentileMillis(0.99), clients,
                api.rowsPerSecond(), BATCH, api.percentileMillis(0.5), api.percentileMillis(0.99),
                100 * api.rowsPerSecond() / raw.rowsPerSecond(), stored, perBlock, rows, millis[millis.length / 2],
                millis[(int) (millis.length * 0.95) - 1], millis[millis.length - 1], boardMillis[boardMillis.length / 2],
                boardMillis[(int) (boardMillis.length * 0.95) - 1]);
        log.info("\n{}", report);
        Files.writeString(Path.of("target", "attendance-benchmark.txt"), report);
        assertThat(stored).isEqualTo(perBlock);
        assertThat(rows).isGreaterThanOrEqualTo(GuardCompany.SITES * GuardCompany.POSTS_PER_SITE);
    }

    /** Events of the callers' running shifts, each batch of 100 one caller's (his phone's queue), in the last hour. */
    private static List<Event> events(List<Caller> callers, String prefix, int count) {
        var events = new ArrayList<Event>(count);
        Instant base = Instant.now().minus(Duration.ofMinutes(50));
        for (int i = 0; i < count; i++) {
            Caller caller = callers.get((i / BATCH) % callers.size());
            events.add(new Event(prefix + i, caller, i % 2 == 0 ? "IN" : "OUT", base.plusMillis(i * 10L % 2_400_000)));
        }
        return events;
    }

    interface Sender extends AutoCloseable {

        void send(List<Event> batch) throws Exception;

        @Override
        default void close() throws Exception {
        }

    }

    interface SenderFactory {

        Sender open(int client) throws Exception;

    }

    private static Timings parallel(List<Event> events, int clients, SenderFactory factory) throws Exception {
        var batches = new long[events.size() / BATCH];
        var next = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(clients);
        long total = System.nanoTime();
        try {
            var futures = new ArrayList<Future<?>>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                futures.add(pool.submit(() -> {
                    try (Sender sender = factory.open(client)) {
                        for (int b = next.getAndIncrement(); b < batches.length; b = next.getAndIncrement()) {
                            long t = System.nanoTime();
                            sender.send(events.subList(b * BATCH, (b + 1) * BATCH));
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

    /** The baseline: each batch of 100 stored over one connection as a JDBC batch of single-row inserts, committed. */
    private Timings raw(List<Event> events, int clients) throws Exception {
        return parallel(events, clients, client -> {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(false);
            PreparedStatement ps = c.prepareStatement(RAW_INSERT);
            return new Sender() {

                @Override
                public void send(List<Event> batch) throws Exception {
                    for (Event e : batch) {
                        ps.setString(1, e.id());
                        ps.setLong(2, e.caller().shift().value());
                        ps.setLong(3, e.caller().employee().value());
                        ps.setLong(4, e.caller().site());
                        ps.setString(5, e.kind());
                        ps.setTimestamp(6, Timestamp.from(e.at()));
                        ps.setTimestamp(7, Timestamp.from(Instant.now()));
                        ps.setNull(8, java.sql.Types.DOUBLE);
                        ps.setNull(9, java.sql.Types.DOUBLE);
                        ps.setLong(10, e.caller().userId());
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

    /** The same events through the API, each batch sent with its guard's own token. */
    private Timings api(List<Event> events, int clients, java.util.Map<String, String> tokenOf) throws Exception {
        URI uploads = URI.create("http://127.0.0.1:" + port + "/api/v1/attendance/clock-events");
        return parallel(events, clients, client -> batch -> {
            Caller caller = batch.get(0).caller();
            String token = tokenOf.entrySet().stream().filter(t -> t.getKey().startsWith(caller.username()))
                .map(java.util.Map.Entry::getValue).findFirst().orElseThrow();
            var body = new StringBuilder("{\"deviceSentAt\":\"").append(Instant.now()).append("\",\"deviceId\":\"bench\",\"events\":[");
            for (Event e : batch) {
                body.append("{\"eventId\":\"").append(e.id()).append("\",\"shiftId\":").append(caller.shift().value())
                    .append(",\"kind\":\"").append(e.kind()).append("\",\"occurredAt\":\"").append(e.at()).append("\"},");
            }
            body.setLength(body.length() - 1);
            body.append("]}");
            var connection = (java.net.HttpURLConnection) uploads.toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Authorization", "Bearer " + token);
            connection.setRequestProperty("Content-Type", "application/json");
            byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            connection.setFixedLengthStreamingMode(bytes.length);
            try (var out = connection.getOutputStream()) {
                out.write(bytes);
            }
            int status = connection.getResponseCode();
            var in = status == 200 ? connection.getInputStream() : connection.getErrorStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            in.close();
            if (status != 200 || !answer.contains("\"accepted\":100")) {
                throw new IllegalStateException(status + " " + answer.substring(0, Math.min(400, answer.length())));
            }
        });
    }

    /** Clears what the deleted events left behind (PostgreSQL), so that no path reads through dead rows. */
    private void vacuum() {
        if (TestDatabase.isPostgres()) {
            jdbc.sql("VACUUM ANALYZE att_clock_event").update();
        }
    }

    private String token(String username) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/auth/token"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                    + DemoUsers.PASSWORD + "\",\"name\":\"benchmark\"}"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

}
