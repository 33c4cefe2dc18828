package org.garrison.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.garrison.imports.internal.Imports;
import org.garrison.longjobs.JobId;
import org.garrison.longjobs.JobView;
import org.garrison.longjobs.LongJobStatus;
import org.garrison.longjobs.LongJobs;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.ResidentIds;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmark, not a test: the class name matches none of Surefire's patterns, so the build never runs it. Run it by
 * hand (H2 by default; {@code GARRISON_TEST_DB=postgres} for PostgreSQL):
 * {@code ./mvnw -o -q test -Dtest=ImportsBenchmark "-Dtest.jvm.args=-Xmx1g"}
 * <p>
 * Imports 10,000 employee rows (each with a guard licence) and 10,000 checkpoint rows through the importers, as HR
 * and as security operations, timed from the upload until the job is done, then the same files again (every row
 * unchanged). The baseline of the same run: the same rows inserted by raw JDBC, (1) one transaction per row as the
 * importers commit, (2) batches of 500 rows per transaction; deleted again afterwards. Rows per second of each are
 * written to the log and {@code target/imports-benchmark.txt}.
 */
@Tag("benchmark")
@IntegrationTest
class ImportsBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ImportsBenchmark.class);

    static final int ROWS = Integer.getInteger("imports.bench.rows", 10_000);

    @Autowired
    Imports imports;

    @Autowired
    LongJobs jobs;

    @Autowired
    UserDetailsService users;

    @Autowired
    DataSource dataSource;

    @Autowired
    OrganisationManagement organisation;

    final List<String> report = new ArrayList<>();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    @Timeout(1800)
    void tenThousandEmployeesAndTenThousandCheckpoints() throws Exception {
        String database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
        report.add("Imports benchmark, " + ROWS + " rows per file, " + database + ", "
                + Runtime.getRuntime().availableProcessors() + " processors");
        long branch = organisation.branchByCode("B1").orElseThrow().value();
        int base = ThreadLocalRandom.current().nextInt(0, 12_000);

        rawEmployees(branch, base + 40, true);
        rawEmployees(branch, base + 80, false);
        String staff = staff(base);
        importTwice("hr", ImportKind.EMPLOYEES, staff);

        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        List<Long> sites = List.of("S101", "S102", "S201", "S202").stream()
            .map(code -> organisation.siteByCode(code).orElseThrow().value()).toList();
        rawCheckpoints(sites, "RA-" + run, true);
        rawCheckpoints(sites, "RB-" + run, false);
        importTwice("ops", ImportKind.CHECKPOINTS, checkpoints(run));

        Path out = Path.of("target/imports-benchmark.txt");
        Files.write(out, report, StandardCharsets.UTF_8);
        report.forEach(log::info);
    }

    private void importTwice(String username, ImportKind kind, String csv) {
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        JobView first = timedImport(username, kind, file, "first import");
        assertThat(first.summary()).contains("导入 " + String.format("%,d", ROWS) + " 行");
        JobView second = timedImport(username, kind, file, "same file again");
        assertThat(second.summary()).contains("无变化 " + String.format("%,d", ROWS) + " 行");
    }

    private JobView timedImport(String username, ImportKind kind, byte[] file, String what) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        long started = System.nanoTime();
        long id = imports.start(kind, kind.path() + ".csv", file);
        Awaitility.await().pollInSameThread().pollDelay(Duration.ofMillis(50)).pollInterval(Duration.ofMillis(50))
            .atMost(Duration.ofMinutes(25)).until(() -> jobs.get(new JobId(id)).finished());
        double seconds = (System.nanoTime() - started) / 1e9;
        JobView job = jobs.get(new JobId(id));
        assertThat(job.status()).as(String.valueOf(job.error())).isEqualTo(LongJobStatus.DONE);
        line(kind.path() + " through the importer, " + what, seconds);
        report.add("    " + job.summary());
        return job;
    }

    private void rawEmployees(long branch, int dayOffset, boolean perRow) throws Exception {
        var ids = new ArrayList<Long>();
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement employee = connection.prepareStatement("INSERT INTO ppl_employee (full_name, "
                    + "resident_id, phone, branch_id, status, hired_on, version) VALUES (?, ?, ?, ?, 'PROBATION', ?, 0)",
                    Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement certificate = connection.prepareStatement("INSERT INTO ppl_certificate "
                            + "(employee_id, kind, cert_number, issued_on, expires_on, required, lapsed, version) "
                            + "VALUES (?, 'GUARD_LICENCE', ?, ?, ?, TRUE, FALSE, 0)")) {
                for (int i = 0; i < ROWS; i++) {
                    employee.setString(1, "基准员工" + i);
                    employee.setString(2, residentId(dayOffset, i));
                    employee.setString(3, "138" + String.format("%08d", i));
                    employee.setLong(4, branch);
                    employee.setDate(5, Date.valueOf(LocalDate.of(2026, 3, 1)));
                    employee.executeUpdate();
                    long id;
                    try (ResultSet keys = employee.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    ids.add(id);
                    certificate.setLong(1, id);
                    certificate.setString(2, "RAW-" + dayOffset + "-" + i);
                    certificate.setDate(3, Date.valueOf(LocalDate.of(2025, 12, 1)));
                    certificate.setDate(4, Date.valueOf(LocalDate.of(2030, 11, 30)));
                    if (perRow) {
                        certificate.executeUpdate();
                        connection.commit();
                    }
                    else {
                        certificate.addBatch();
                        if (i % 500 == 499) {
                            certificate.executeBatch();
                            connection.commit();
                        }
                    }
                }
                certificate.executeBatch();
                connection.commit();
            }
            line("employees by raw JDBC, " + (perRow ? "one transaction per row" : "500 rows per transaction"),
                    (System.nanoTime() - started) / 1e9);
            delete(connection, "DELETE FROM ppl_certificate WHERE employee_id = ?", ids);
            delete(connection, "DELETE FROM ppl_employee WHERE id = ?", ids);
        }
    }

    private void rawCheckpoints(List<Long> sites, String prefix, boolean perRow) throws Exception {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO patrol_checkpoint (site_id, code, "
                    + "name, latitude, longitude, radius_metres, key_area, tag_id, active, version) "
                    + "VALUES (?, ?, ?, ?, ?, 50, FALSE, ?, TRUE, 0)")) {
                for (int i = 0; i < ROWS; i++) {
                    insert.setLong(1, sites.get(i % sites.size()));
                    insert.setString(2, prefix + "-" + i);
                    insert.setString(3, "基准点 " + i);
                    insert.setDouble(4, 22.5 + i / 1e6);
                    insert.setDouble(5, 114.0 + i / 1e6);
                    insert.setString(6, prefix + "-TAG-" + i);
                    if (perRow) {
                        insert.executeUpdate();
                        connection.commit();
                    }
                    else {
                        insert.addBatch();
                        if (i % 500 == 499) {
                            insert.executeBatch();
                            connection.commit();
                        }
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            line("checkpoints by raw JDBC, " + (perRow ? "one transaction per row" : "500 rows per transaction"),
                    (System.nanoTime() - started) / 1e9);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM patrol_checkpoint WHERE code LIKE ?")) {
                delete.setString(1, prefix + "-%");
                delete.executeUpdate();
            }
            connection.commit();
        }
    }

    private static void delete(Connection connection, String sql, List<Long> ids) throws Exception {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            for (long id : ids) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        connection.commit();
    }

    private static String staff(int dayOffset) {
        var csv = new StringBuilder("姓名,身份证号,手机,分公司,入职日期,证书类型,证书编号,发证日期,有效期至\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("导入员工").append(i).append(',').append(residentId(dayOffset, i)).append(",139")
                .append(String.format("%08d", i)).append(",第一大队,2026-03-01,保安员证,GL-").append(dayOffset).append('-')
                .append(i).append(",2025-12-01,2030-11-30\n");
        }
        return csv.toString();
    }

    private static String checkpoints(String run) {
        String[] sites = { "S101", "S102", "S201", "S202" };
        var csv = new StringBuilder("驻点,巡更点编码,巡更点名称,纬度,经度,半径（米）,重点部位,巡更棒标签\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(sites[i % sites.length]).append(",IM-").append(run).append('-').append(i).append(",导入点 ").append(i)
                .append(',').append(22.5 + i / 1e6).append(',').append(114.0 + i / 1e6).append(",50,否,IM-").append(run)
                .append("-TAG-").append(i).append('\n');
        }
        return csv.toString();
    }

    /** The i-th of 10,000 distinct valid resident IDs born from 1970-01-01 plus the offset in days (1,000 a day). */
    private static String residentId(int dayOffset, int i) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(dayOffset + i / 1000);
        String first = "440304" + birth.toString().replace("-", "") + String.format("%03d", i % 1000);
        return first + ResidentIds.checkCharacter(first);
    }

    private void line(String what, double seconds) {
        report.add(String.format(Locale.ROOT, "%-70s %8.1f s %10.0f rows/s", what, seconds, ROWS / seconds));
    }

}
