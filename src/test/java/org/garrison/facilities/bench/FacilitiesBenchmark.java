package org.garrison.facilities.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.garrison.facilities.workorders.WorkOrderQueries;
import org.garrison.patrols.bench.CpuMeter;
import org.garrison.facilities.workorders.WorkOrderState;
import org.garrison.shared.DataScope;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark, not a test (its name matches none of Surefire's default patterns, so {@code ./mvnw test} never runs it).
 * PostgreSQL only (it is skipped on H2):
 * {@code GARRISON_TEST_DB=postgres ./mvnw -o -q -B test -Dtest=FacilitiesBenchmark "-Dtest.jvm.args=-Xmx1500m"}.
 * <p>
 * Generates a year of facility services for 200 sites ({@link FacilitiesYear}: ≈ 1 M tasks, 100,000 work orders with
 * their SLA clocks), then
 * (1) work-order filing: {@code -Dfacilities.bench.orders} (default {@value #ORDERS}) orders in {@value #BLOCKS}
 * interleaved blocks, each stored (b) by raw JDBC, one order per transaction (its {@code fa_work_order}, "FILED"
 * {@code fa_work_order_step} and {@code sla_clock} rows, each statement as a JDBC batch, one commit), then deleted;
 * (c) for reference, the same rows {@value #RAW_BATCH} orders per transaction, then deleted; (a) one by one through
 * {@code POST /api/v1/facilities/work-orders} with bearer tokens of the company-wide logistics user; (d) through
 * {@code POST /api/v1/facilities/work-orders/batch}, {@value #API_BATCH} orders a request, same user; all with
 * {@code -Dfacilities.bench.clients} (default 8) concurrent clients, after a warm-up of all paths for
 * {@code -Dfacilities.bench.warmup-seconds} (default 60).
 * (2) The work-order list filtered by site, state and overdue: {@code GET /api/v1/facilities/work-orders} as the
 * company-wide logistics user over varied sites, 50 warm-up then {@code -Dfacilities.bench.list-calls} (default 300)
 * timed calls; and the same {@link WorkOrderQueries#list} in this JVM without HTTP.
 * (3) The monthly KPI page of one branch (20 sites) over the API, last month of the generated year: 20 warm-up then
 * {@code -Dfacilities.bench.kpi-calls} (default 100) timed calls ({@link BranchKpiCalls}).
 * Written to the log and {@code target/facilities-benchmark.txt}. Bounded by a 20-minute timeout.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FacilitiesBenchmark {

    private static final Logger log = LoggerFactory.getLogger(FacilitiesBenchmark.class);

    static final int ORDERS = 8_000;

    static final int BLOCKS = 8;

    static final int RAW_BATCH = 50;

    static final String RAW_ORDER = """
            INSERT INTO fa_work_order (number, site_id, client_id, service, category, priority, source, source_ref, place,
              description, state, clock_ref, response_due_at, resolution_due_at, overdue, paused, reported_by_id,
              reported_by_name, created_at, reopen_count, version)
            VALUES (?, ?, NULL, 'CLEANING', 'CLEANING_REQUEST', 'NORMAL', 'PHONE', NULL, ?, ?, 'NEW', ?, ?, ?, FALSE, FALSE, ?,
              '后勤', ?, 0, 0)""";

    static final String RAW_STEP = """
            INSERT INTO fa_work_order_step (work_order_id, at, actor, action, note)
            SELECT id, ?, '后勤', 'FILED', NULL FROM fa_work_order WHERE number = ?""";

    static final String RAW_CLOCK = """
            INSERT INTO sla_clock (item_type, item_ref, category, site_id, policy_id, state, started_at, response_seconds,
              resolution_seconds, warning_percent, held_seconds, response_warn_at, response_due_at, resolution_warn_at,
              resolution_due_at, response_warned, response_breached, resolution_warned, resolution_breached,
              escalation_level, next_due_at, version)
            VALUES ('WORK_ORDER', ?, 'CLEANING_REQUEST', ?, ?, 'RUNNING', ?, ?, ?, ?, 0, ?, ?, ?, ?, FALSE, FALSE, FALSE, FALSE,
              0, ?, 0)""";

    /** This run's test database: only its PostgreSQL backends are counted by the CPU meter. */
    static final String DATABASE = TestDatabase.url().substring(TestDatabase.url().lastIndexOf('/') + 1);

    /** The API's orders carry this in their description, the raw paths' numbers start with {@code GR-}. */
    static final String API_MARK = "基准报修 ";

    /** The batch path's orders carry this in their description. */
    static final String BATCH_MARK = "基准批量 ";

    /** Orders per request of the batch path (d), the endpoint's maximum. */
    static final int API_BATCH = 100;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkOrderQueries queries;

    @Autowired
    Clock clock;

    /**
     * Production runs with Hikari's default pool of 10; the tests' 5 would make the API's eight clients queue for a
     * connection, and the raw path's eight clients could not all hold one.
     */
    @DynamicPropertySource
    static void productionPool(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "10");
    }

    record Order(String key, long siteId) {
    }

    record Policy(long id, long responseSeconds, long resolutionSeconds, int warningPercent) {
    }

    record Timings(long totalNanos, long[] unitNanos, int unitSize, CpuMeter.Reading cpu) {

        /** CPU milliseconds per order, of this JVM (server and the benchmark's own clients) and of PostgreSQL. */
        double jvmCpuPerOrder() {
            return cpu.jvmNanos() / 1e6 / (unitNanos.length * (double) unitSize);
        }

        double postgresCpuPerOrder() {
            return cpu.postgresNanos() / 1e6 / (unitNanos.length * (double) unitSize);
        }

        double ordersPerSecond() {
            return unitNanos.length == 0 ? Double.NaN : (double) unitNanos.length * unitSize / (totalNanos / 1e9);
        }

        double percentileMillis(double p) {
            if (unitNanos.length == 0) {
                return Double.NaN;
            }
            long[] sorted = unitNanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }

        static Timings join(List<Timings> parts) {
            return new Timings(parts.stream().mapToLong(Timings::totalNanos).sum(),
                    parts.stream().flatMapToLong(t -> Arrays.stream(t.unitNanos())).toArray(), parts.get(0).unitSize(),
                    parts.stream().map(Timings::cpu).reduce(new CpuMeter.Reading(0, 0), CpuMeter.Reading::plus));
        }

    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void workOrderFilingAgainstRawJdbcAndTheWorkOrderListOfAYearFor200Sites() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "the facilities benchmark generates its year on PostgreSQL only");
        String loadBefore = loadAverage();
        Instant startedAt = clock.instant();
        double scale = Double.parseDouble(System.getProperty("facilities.bench.scale", "1"));
        var year = new FacilitiesYear(scale, startedAt);
        long started = System.nanoTime();
        year.generate(dataSource);
        double generateSeconds = (System.nanoTime() - started) / 1e9;
        log.info("generated {} plans, {} tasks, {} work orders, {} steps, {} clocks in {} s", year.plans, year.tasks,
                year.orders, year.steps, year.clocks, Math.round(generateSeconds));

        // (1) Filing work orders.
        var policy = jdbc.sql("SELECT id, response_minutes, resolution_minutes, warning_percent FROM sla_policy "
                + "WHERE item_type = 'WORK_ORDER' AND category = 'CLEANING_REQUEST'")
            .query((rs, row) -> new Policy(rs.getLong(1), rs.getLong(2) * 60, rs.getLong(3) * 60, rs.getInt(4)))
            .single();
        long logistics = jdbc.sql("SELECT id FROM app_user WHERE username = 'logistics'").query(Long.class).single();
        int clients = Integer.getInteger("facilities.bench.clients", 8);
        var tokens = new java.util.concurrent.LinkedBlockingQueue<String>();
        for (int i = 0; i < clients; i++) {
            tokens.add(token("logistics"));
        }
        long warmUpUntil = System.nanoTime() + Long.getLong("facilities.bench.warmup-seconds", 60) * 1_000_000_000L;
        int warmUpRounds = 0;
        for (int round = 0; round == 0 || System.nanoTime() < warmUpUntil; round++) {
            var warm = orders(year, "w" + round + "-", 400);
            raw(warm, 1, clients, policy, logistics);
            deleteRaw();
            raw(warm, RAW_BATCH, clients, policy, logistics);
            deleteRaw();
            api(warm, clients, tokens);
            deleteApi();
            apiBatch(warm, clients, tokens);
            deleteApi();
            warmUpRounds++;
        }
        vacuum();
        int total = Integer.getInteger("facilities.bench.orders", ORDERS);
        var measured = orders(year, "m-", total);
        var rawBlocks = new ArrayList<Timings>();
        var batchBlocks = new ArrayList<Timings>();
        var apiBlocks = new ArrayList<Timings>();
        var apiBatchBlocks = new ArrayList<Timings>();
        int perBlock = measured.size() / BLOCKS;
        for (int k = 0; k < BLOCKS; k++) {
            var block = measured.subList(k * perBlock, (k + 1) * perBlock);
            rawBlocks.add(raw(block, 1, clients, policy, logistics));
            deleteRaw();
            batchBlocks.add(raw(block, RAW_BATCH, clients, policy, logistics));
            deleteRaw();
            apiBlocks.add(api(block, clients, tokens));
            apiBatchBlocks.add(apiBatch(block, clients, tokens));
            if (k < BLOCKS - 1) {
                deleteApi();
            }
        }
        Timings raw = Timings.join(rawBlocks);
        Timings batched = Timings.join(batchBlocks);
        Timings api = Timings.join(apiBlocks);
        Timings apiBatched = Timings.join(apiBatchBlocks);
        long stored = storedWithStepAndClock(API_MARK);
        long storedBatched = storedWithStepAndClock(BATCH_MARK);
        String loadAfterFiling = loadAverage();
        // The list reads the generated year, as a company has it, not the benchmark's thousands of new orders of today.
        deleteApi();
        vacuum();

        // (2) The work-order list filtered by site, state and overdue, as the company-wide logistics user.
        String token = token("logistics");
        int calls = Integer.getInteger("facilities.bench.list-calls", 300);
        var overdueMillis = new ArrayList<Double>();
        var closedMillis = new ArrayList<Double>();
        long overdueRows = 0;
        long closedRows = 0;
        for (int i = -50; i < calls; i++) {
            var call = listCall(year, i + 50);
            long t = System.nanoTime();
            String body = get("/api/v1/facilities/work-orders?siteId=" + call.siteId() + "&state=" + call.state()
                    + (call.overdue() ? "&overdue=true" : ""), token);
            double millis = (System.nanoTime() - t) / 1e6;
            long found = Long.parseLong(body.replaceAll("(?s).*\"totalElements\"\\s*:\\s*(\\d+).*", "$1"));
            if (i >= 0) {
                (call.overdue() ? overdueMillis : closedMillis).add(millis);
                if (call.overdue()) {
                    overdueRows += found;
                }
                else {
                    closedRows += found;
                }
            }
        }
        var allMillis = new ArrayList<Double>(overdueMillis);
        allMillis.addAll(closedMillis);
        // The list alone, in this JVM, without HTTP, security and JSON: tells the query time from the web stack's.
        var scope = DataScope.company(logistics);
        var inJvmMillis = new ArrayList<Double>();
        for (int i = -20; i < 100; i++) {
            var call = listCall(year, i + 20);
            long t = System.nanoTime();
            var page = queries.list(scope, new WorkOrderQueries.Filter(call.siteId(), null, call.state(), false, call.overdue()), 0);
            if (i >= 0) {
                inJvmMillis.add((System.nanoTime() - t) / 1e6);
            }
            assertThat(page.getContent()).allMatch(row -> row.order().getSiteId() == call.siteId());
        }

        // (3) The monthly KPI page of one branch (its 20 sites) for last month of the generated year, as logistics.
        var kpiMonth = java.time.YearMonth.from(startedAt.atZone(ZoneOffset.UTC)).minusMonths(1);
        var kpis = BranchKpiCalls.time(path -> get(path, token), year.branchIds.get(0), kpiMonth,
                Integer.getInteger("facilities.bench.kpi-warmup", 20), Integer.getInteger("facilities.bench.kpi-calls", 100));
        var kpiPage = BranchKpiCalls.page(port, "logistics", year.branchIds.get(0), kpiMonth,
                Integer.getInteger("facilities.bench.kpi-warmup", 20), Integer.getInteger("facilities.bench.kpi-calls", 100));

        var generated = jdbc.sql("SELECT (SELECT COUNT(*) FROM fa_task), (SELECT COUNT(*) FROM fa_work_order), "
                + "(SELECT COUNT(*) FROM sla_clock), (SELECT COUNT(*) FROM fa_work_order WHERE overdue AND state IN "
                + "('NEW', 'ASSIGNED', 'RESPONDED', 'ON_SITE'))")
            .query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
            .single();
        String report = String.format(Locale.ROOT, """
                Facilities benchmark (%s, scale %.2f), started %s, load average before %s, after filing %s, at the end %s
                data: %d sites in %d branches, %,d plans; %,d tasks, %,d work orders (%,d open and overdue), %,d SLA clocks in the tables; generated in %.0f s
                filing, %d clients, %d blocks of %d orders after %d warm-up rounds:
                (b) raw JDBC, one order per transaction (order + FILED step + SLA clock): %,.0f orders/s; p50 %.2f ms, p99 %.2f ms
                (c) raw JDBC, %d orders per transaction (reference): %,.0f orders/s; transaction p50 %.2f ms, p99 %.2f ms
                (a) POST /api/v1/facilities/work-orders, one by one: %,.0f orders/s; p50 %.2f ms, p99 %.2f ms
                (d) POST /api/v1/facilities/work-orders/batch, %d orders a request: %,.0f orders/s; request p50 %.2f ms, p99 %.2f ms
                API throughput = %.1f %% of (b) raw (target >= 50 %%); %.1f %% of (c); %,d of %,d orders of the last block stored with step and clock
                API in batches throughput = %.1f %% of (b) raw (target >= 50 %%); %.1f %% of (c); %.1f x (a); %,d of %,d orders of the last block stored with step and clock
                CPU per order (this JVM incl. the benchmark's own clients / PostgreSQL backends of this run's database): (b) %.3f / %.3f ms, (c) %.3f / %.3f ms, (a) %.3f / %.3f ms, (d) %.3f / %.3f ms
                work-order list by site, state and overdue over HTTP (%d calls, all): median %.1f ms, p95 %.1f ms, max %.1f ms (target p95 < 100 ms)
                  open state + overdue=true (%d calls, %.1f rows on average): median %.1f ms, p95 %.1f ms
                  state CLOSED, a full page of 50 and its count (%d calls, %.0f rows on average): median %.1f ms, p95 %.1f ms
                the list alone (WorkOrderQueries.list in this JVM, no HTTP): median %.1f ms, p95 %.1f ms
                %s
                %s
                """, TestDatabase.isPostgres() ? "PostgreSQL" : "H2", scale, startedAt, loadBefore, loadAfterFiling,
                loadAverage(), year.sites, FacilitiesYear.BRANCHES, year.plans, generated[0], generated[1], generated[3],
                generated[2], generateSeconds, clients, BLOCKS, perBlock, warmUpRounds, raw.ordersPerSecond(),
                raw.percentileMillis(0.5), raw.percentileMillis(0.99), RAW_BATCH, batched.ordersPerSecond(),
                batched.percentileMillis(0.5), batched.percentileMillis(0.99), api.ordersPerSecond(),
                api.percentileMillis(0.5), api.percentileMillis(0.99), API_BATCH, apiBatched.ordersPerSecond(),
                apiBatched.percentileMillis(0.5), apiBatched.percentileMillis(0.99),
                100 * api.ordersPerSecond() / raw.ordersPerSecond(),
                100 * api.ordersPerSecond() / batched.ordersPerSecond(), stored, perBlock,
                100 * apiBatched.ordersPerSecond() / raw.ordersPerSecond(),
                100 * apiBatched.ordersPerSecond() / batched.ordersPerSecond(),
                apiBatched.ordersPerSecond() / api.ordersPerSecond(), storedBatched, perBlock, raw.jvmCpuPerOrder(),
                raw.postgresCpuPerOrder(), batched.jvmCpuPerOrder(), batched.postgresCpuPerOrder(), api.jvmCpuPerOrder(),
                api.postgresCpuPerOrder(), apiBatched.jvmCpuPerOrder(), apiBatched.postgresCpuPerOrder(), allMillis.size(),
                percentile(allMillis, 0.5), percentile(allMillis, 0.95), percentile(allMillis, 1), overdueMillis.size(),
                (double) overdueRows / Math.max(1, overdueMillis.size()), percentile(overdueMillis, 0.5),
                percentile(overdueMillis, 0.95), closedMillis.size(), (double) closedRows / Math.max(1, closedMillis.size()),
                percentile(closedMillis, 0.5), percentile(closedMillis, 0.95), percentile(inJvmMillis, 0.5),
                percentile(inJvmMillis, 0.95), kpis.line(), kpiPage.line());
        log.info("\n{}", report);
        Files.writeString(Path.of("target", "facilities-benchmark.txt"), report);
        assertThat(stored).isEqualTo(perBlock);
        assertThat(storedBatched).isEqualTo(perBlock);
        assertThat(overdueRows).isPositive();
    }

    record ListCall(long siteId, WorkOrderState state, boolean overdue) {
    }

    /**
     * Call {@code i} of the list: three in four ask for one open state with {@code overdue=true} (a handful of rows),
     * one in four for the closed orders (a full page of 50 and a count over some 450); the site changes every call.
     */
    private static ListCall listCall(FacilitiesYear year, int i) {
        long site = year.siteIds.get((int) ((i * 7919L) % year.siteIds.size()));
        if (i % 4 == 3) {
            return new ListCall(site, WorkOrderState.CLOSED, false);
        }
        var open = List.of(WorkOrderState.NEW, WorkOrderState.ASSIGNED, WorkOrderState.RESPONDED, WorkOrderState.ON_SITE);
        return new ListCall(site, open.get((i / 4) % open.size()), true);
    }

    /** Orders spread over all generated sites, as logistics files them for the whole company. */
    private static List<Order> orders(FacilitiesYear year, String prefix, int count) {
        var orders = new ArrayList<Order>(count);
        for (int i = 0; i < count; i++) {
            orders.add(new Order(prefix + i, year.siteIds.get(i % year.siteIds.size())));
        }
        return orders;
    }

    interface Sender extends AutoCloseable {

        void send(List<Order> unit) throws Exception;

        @Override
        default void close() throws Exception {
        }

    }

    interface SenderFactory {

        Sender open() throws Exception;

    }

    /** {@code clients} threads take the next unit (one order, or a batch) until none is left; each unit is timed. */
    private static Timings parallel(List<Order> orders, int unitSize, int clients, SenderFactory factory) throws Exception {
        var units = new long[orders.size() / unitSize];
        var next = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(clients);
        var cpu = CpuMeter.now(DATABASE);
        long total = System.nanoTime();
        try {
            var futures = new ArrayList<Future<?>>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    try (Sender sender = factory.open()) {
                        for (int u = next.getAndIncrement(); u < units.length; u = next.getAndIncrement()) {
                            long t = System.nanoTime();
                            sender.send(orders.subList(u * unitSize, (u + 1) * unitSize));
                            units[u] = System.nanoTime() - t;
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
        return new Timings(elapsed, units, unitSize, CpuMeter.now(DATABASE).minus(cpu));
    }

    /**
     * The baseline: the rows filing stores (the order, its "FILED" step, its SLA clock with the deadlines of the
     * policy), {@code unitSize} orders per transaction over one connection, each of the three statements as a JDBC
     * batch, then one commit.
     */
    private Timings raw(List<Order> orders, int unitSize, int clients, Policy policy, long reporter) throws Exception {
        return parallel(orders, unitSize, clients, () -> {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(false);
            PreparedStatement order = c.prepareStatement(RAW_ORDER);
            PreparedStatement step = c.prepareStatement(RAW_STEP);
            PreparedStatement clock = c.prepareStatement(RAW_CLOCK);
            return new Sender() {

                @Override
                public void send(List<Order> unit) throws Exception {
                    for (Order o : unit) {
                        Instant now = FacilitiesBenchmark.this.clock.instant();
                        var at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
                        var responseDue = at.plusSeconds(policy.responseSeconds());
                        var resolutionDue = at.plusSeconds(policy.resolutionSeconds());
                        String number = "GR-" + o.key();
                        order.setString(1, number);
                        order.setLong(2, o.siteId());
                        order.setString(3, "基准区域");
                        order.setString(4, "基准报修 " + o.key());
                        order.setString(5, number);
                        order.setObject(6, responseDue);
                        order.setObject(7, resolutionDue);
                        order.setLong(8, reporter);
                        order.setObject(9, at);
                        order.addBatch();
                        step.setObject(1, at);
                        step.setString(2, number);
                        step.addBatch();
                        var responseWarn = at.plusSeconds(policy.responseSeconds() * policy.warningPercent() / 100);
                        clock.setString(1, number);
                        clock.setLong(2, o.siteId());
                        clock.setLong(3, policy.id());
                        clock.setObject(4, at);
                        clock.setLong(5, policy.responseSeconds());
                        clock.setLong(6, policy.resolutionSeconds());
                        clock.setInt(7, policy.warningPercent());
                        clock.setObject(8, responseWarn);
                        clock.setObject(9, responseDue);
                        clock.setObject(10, at.plusSeconds(policy.resolutionSeconds() * policy.warningPercent() / 100));
                        clock.setObject(11, resolutionDue);
                        clock.setObject(12, responseWarn);
                        clock.addBatch();
                    }
                    order.executeBatch();
                    step.executeBatch();
                    clock.executeBatch();
                    c.commit();
                }

                @Override
                public void close() throws Exception {
                    order.close();
                    step.close();
                    clock.close();
                    c.close();
                }

            };
        });
    }

    /** The same orders filed one by one through the API, each client with its own token. */
    private Timings api(List<Order> orders, int clients, java.util.concurrent.BlockingQueue<String> tokens) throws Exception {
        URI filing = URI.create("http://127.0.0.1:" + port + "/api/v1/facilities/work-orders");
        return parallel(orders, 1, clients, () -> new Sender() {

            private final String token = tokens.remove();

            @Override
            public void send(List<Order> unit) throws Exception {
                Order o = unit.get(0);
                String body = "{\"siteId\":" + o.siteId() + ",\"category\":\"CLEANING_REQUEST\",\"priority\":\"NORMAL\","
                        + "\"source\":\"PHONE\",\"place\":\"基准区域\",\"description\":\"" + API_MARK + o.key() + "\"}";
                // A plain blocking client on a kept-alive connection, as the other benchmarks use.
                var connection = (HttpURLConnection) filing.toURL().openConnection();
                connection.setRequestMethod("POST");
                connection.setDoOutput(true);
                connection.setRequestProperty("Authorization", "Bearer " + token);
                connection.setRequestProperty("Content-Type", "application/json");
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                connection.setFixedLengthStreamingMode(bytes.length);
                try (var out = connection.getOutputStream()) {
                    out.write(bytes);
                }
                int status = connection.getResponseCode();
                var in = status == 201 ? connection.getInputStream() : connection.getErrorStream();
                String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                in.close();
                if (status != 201) {
                    throw new IllegalStateException(status + " " + answer.substring(0, Math.min(400, answer.length())));
                }
            }

            @Override
            public void close() {
                tokens.add(token);
            }

        });
    }

    /** Orders of the last block with this mark stored with their FILED step and their SLA clock. */
    private long storedWithStepAndClock(String mark) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM fa_work_order o
                WHERE o.description LIKE ?
                  AND EXISTS (SELECT 1 FROM fa_work_order_step s WHERE s.work_order_id = o.id AND s.action = 'FILED')
                  AND EXISTS (SELECT 1 FROM sla_clock c WHERE c.item_type = 'WORK_ORDER' AND c.item_ref = o.clock_ref)""")
            .param(mark + "m-%")
            .query(Long.class)
            .single();
    }

    /** The same orders through {@code POST /api/v1/facilities/work-orders/batch}, {@value #API_BATCH} a request. */
    private Timings apiBatch(List<Order> orders, int clients, java.util.concurrent.BlockingQueue<String> tokens)
            throws Exception {
        URI filing = URI.create("http://127.0.0.1:" + port + "/api/v1/facilities/work-orders/batch");
        // -Dfacilities.bench.batch-by-site=true: each batch holds the orders of fewer sites (20 instead of 100), so
        // it makes fewer notices (one a site and batch)
        var sent = Boolean.getBoolean("facilities.bench.batch-by-site")
                ? orders.stream().sorted(java.util.Comparator.comparingLong(Order::siteId)).toList() : orders;
        return parallel(sent, API_BATCH, clients, () -> new Sender() {

            private final String token = tokens.remove();

            @Override
            public void send(List<Order> unit) throws Exception {
                var body = new StringBuilder("{\"orders\":[");
                for (Order o : unit) {
                    body.append(body.length() > 11 ? "," : "").append("{\"siteId\":").append(o.siteId())
                        .append(",\"category\":\"CLEANING_REQUEST\",\"priority\":\"NORMAL\",\"source\":\"PHONE\",")
                        .append("\"place\":\"基准区域\",\"description\":\"").append(BATCH_MARK).append(o.key()).append("\"}");
                }
                var connection = (HttpURLConnection) filing.toURL().openConnection();
                connection.setRequestMethod("POST");
                connection.setDoOutput(true);
                connection.setRequestProperty("Authorization", "Bearer " + token);
                connection.setRequestProperty("Content-Type", "application/json");
                byte[] bytes = body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
                connection.setFixedLengthStreamingMode(bytes.length);
                try (var out = connection.getOutputStream()) {
                    out.write(bytes);
                }
                int status = connection.getResponseCode();
                var in = status == 201 ? connection.getInputStream() : connection.getErrorStream();
                String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                in.close();
                if (status != 201) {
                    throw new IllegalStateException(status + " " + answer.substring(0, Math.min(400, answer.length())));
                }
            }

            @Override
            public void close() {
                tokens.add(token);
            }

        });
    }

    private String get(String path, String token) throws Exception {
        var connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
        connection.setRequestProperty("Authorization", "Bearer " + token);
        int status = connection.getResponseCode();
        var in = status == 200 ? connection.getInputStream() : connection.getErrorStream();
        String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        in.close();
        if (status != 200) {
            throw new IllegalStateException(status + " " + answer.substring(0, Math.min(400, answer.length())));
        }
        return answer;
    }

    /** The raw paths' orders with their steps and clocks (numbers GR-…). */
    private void deleteRaw() {
        jdbc.sql("DELETE FROM sla_clock WHERE item_type = 'WORK_ORDER' AND item_ref LIKE 'GR-%'").update();
        jdbc.sql("DELETE FROM fa_work_order_step WHERE work_order_id IN (SELECT id FROM fa_work_order WHERE number LIKE 'GR-%')")
            .update();
        jdbc.sql("DELETE FROM fa_work_order WHERE number LIKE 'GR-%'").update();
    }

    /** The API's orders, one by one and in batches (marked in their description), with their steps and clocks. */
    private void deleteApi() {
        String marked = "(description LIKE '" + API_MARK + "%' OR description LIKE '" + BATCH_MARK + "%')";
        jdbc.sql("DELETE FROM sla_clock WHERE item_type = 'WORK_ORDER' AND item_ref IN "
                + "(SELECT clock_ref FROM fa_work_order WHERE " + marked + ")").update();
        jdbc.sql("DELETE FROM fa_work_order_step WHERE work_order_id IN "
                + "(SELECT id FROM fa_work_order WHERE " + marked + ")").update();
        jdbc.sql("DELETE FROM fa_work_order WHERE " + marked).update();
    }

    /** Clears what the deleted orders left behind, so that no path reads or writes through dead rows. */
    private void vacuum() {
        for (String table : List.of("fa_work_order", "fa_work_order_step", "sla_clock")) {
            jdbc.sql("VACUUM ANALYZE " + table).update();
        }
    }

    private static double percentile(List<Double> millis, double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1))];
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        }
        catch (Exception ex) {
            return "n/a";
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
