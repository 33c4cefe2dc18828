package org.garrison.patrols.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.garrison.longjobs.JobId;
import org.garrison.longjobs.JobView;
import org.garrison.longjobs.LongJobStatus;
import org.garrison.longjobs.LongJobs;
import org.garrison.patrols.internal.ScanIngest.Outcome;
import org.garrison.shared.DataScope;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Wand exports end to end: a small GBK file answered on the page, a file far above the old 50,000-line cap
 * imported by a long job with an Excel report of its refused lines, the importer's data scope, and who may import.
 */
@IntegrationTest
class WandImportIntegrationTests {

    static final ZoneId SHENZHEN = ZoneId.of("Asia/Shanghai");

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static final Charset GBK = Charset.forName("GBK");

    @Autowired
    MockMvc mvc;

    @Autowired
    PatrolFixtures fixtures;

    @Autowired
    PatrolSetup setup;

    @Autowired
    Wands wands;

    @Autowired
    WandImport imports;

    @Autowired
    LongJobs jobs;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aGbkExportLoadsItsGoodLinesReportsTheBadOnesAndLoadsNothingTwice() {
        String tag = "TAG-" + UUID.randomUUID().toString().substring(0, 8);
        String device = "WAND-" + UUID.randomUUID().toString().substring(0, 8);
        long s101 = fixtures.site("S101");
        setup.createCheckpoint(PatrolFixtures.COMPANY, s101, new Checkpoint.Place("地下车库", null, null, null, null, false, tag));
        var leader = new DataScope(ScopeLevel.SITE, s101, 0);
        wands.register(leader, device, "guard", s101);
        String first = LocalDateTime.now(SHENZHEN).minusHours(3).format(TIME);
        String second = LocalDateTime.now(SHENZHEN).minusHours(2).format(TIME);
        String csv = "设备号,标签号,时间\r\n" + device + "," + tag + "," + first + "\r\n" + device + ",TAG-UNKNOWN," + first
                + "\r\n" + device + "," + tag + ",昨天晚上\r\n" + "WAND-NOSUCH," + tag + "," + first + "\r\n" + "只有一列\r\n"
                + device + "," + tag + "," + second + "\r\n";
        byte[] gbk = csv.getBytes(GBK);

        var report = imports.load(leader, gbk);

        assertThat(report.encoding()).isEqualTo("GB18030");
        assertThat(report.lines()).extracting(WandImport.Line::number).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(report.lines()).extracting(WandImport.Line::outcome).containsExactly(Outcome.ACCEPTED, Outcome.REJECTED,
                Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED, Outcome.ACCEPTED);
        assertThat(report.lines()).extracting(WandImport.Line::reasonKey).containsExactly(null, "patrol.import.unknownTag",
                "patrol.import.badTime", "patrol.import.unknownDevice", "patrol.import.columns", null);
        assertThat(report.lines().get(2).text()).isEqualTo(device + "," + tag + ",昨天晚上");

        var again = imports.load(leader, gbk);
        assertThat(again.count(Outcome.DUPLICATE)).isEqualTo(2);
        assertThat(again.count(Outcome.ACCEPTED)).isZero();
    }

    @Test
    void aFileFarAboveTheOldCapIsImportedByALongJobThatReportsItsRefusedLinesAndStoresNothingTwice() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long s102 = fixtures.site("S102");
        var tags = new ArrayList<String>();
        for (int k = 0; k < 10; k++) {
            tags.add("TAG-" + run + "-" + k);
            setup.createCheckpoint(PatrolFixtures.COMPANY, s102,
                    new Checkpoint.Place("外围点 " + k, null, null, null, null, false, tags.get(k)));
        }
        List<String> devices = List.of("WAND-" + run + "-A", "WAND-" + run + "-B");
        devices.forEach(device -> wands.register(PatrolFixtures.COMPANY, device, "trainer", s102));
        LocalDateTime start = LocalDateTime.now(SHENZHEN).minusDays(3).withHour(3).withMinute(0).withSecond(0).withNano(0);
        var csv = new StringBuilder("设备号,标签号,时间\r\n");
        var refusedLines = new ArrayList<Integer>();
        for (int i = 0; i < 60_000; i++) {
            String tag = tags.get((i / 2) % 10);
            String time = start.plusSeconds(i / 20).format(TIME);
            if (i % 10_000 == 5_000) {
                time = "凌晨三点";
                refusedLines.add(i + 2);
            }
            else if (i == 33_333) {
                tag = "TAG-无此标签";
                refusedLines.add(i + 2);
            }
            csv.append(devices.get(i % 2)).append(',').append(tag).append(',').append(time).append("\r\n");
        }
        byte[] gbk = csv.toString().getBytes(GBK);

        String fileName = "夜巡导出-" + run + ".csv";

        long first = upload("ops", fileName, gbk);

        JobView job = finished("ops", first);
        assertThat(job.status()).as(String.valueOf(job.error())).isEqualTo(LongJobStatus.DONE);
        assertThat(job.title()).contains(fileName);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM doc_attachment WHERE owner_type = 'PATROL_WAND_IMPORT' AND file_name = ?")
            .param(fileName).query(Long.class).single()).as("the upload is kept by documents").isEqualTo(1);
        assertThat(job.done()).isEqualTo(60_001);
        assertThat(job.summary()).isEqualTo("按 GB18030 编码读取：导入 59,993 条，已导入过 0 条，拒绝 7 条。");
        assertThat(storedFrom(devices)).isEqualTo(59_993);
        mvc.perform(get("/jobs/" + first).with(as("ops"))).andExpect(status().isOk())
            .andExpect(content().string(containsString("导入 59,993 条")));
        signIn("ops");
        try (var in = jobs.result(new JobId(first)).content().open(); var book = new ReadableWorkbook(in)) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows).hasSize(1 + refusedLines.size());
            assertThat(rows.get(0).getCellText(0)).isEqualTo("行号");
            assertThat(rows.stream().skip(1).map(row -> Integer.parseInt(row.getCellText(0))).toList())
                .isEqualTo(refusedLines);
            assertThat(rows.get(1).getCellText(1)).isEqualTo(devices.get(0) + "," + tags.get(0) + ",凌晨三点");
            assertThat(rows.get(1).getCellText(2)).isEqualTo("时间“凌晨三点”不是 yyyy-MM-dd HH:mm:ss 或 ISO-8601 格式。");
            assertThat(rows.get(4).getCellText(2)).isEqualTo("没有标签号为 TAG-无此标签 的在用巡更点。");
            List<Row> summary = book.getSheets().toList().get(1).read();
            assertThat(summary.get(1).getCellText(1)).isEqualTo("59993");
        }

        long second = upload("ops", fileName, gbk);

        assertThat(finished("ops", second).summary()).isEqualTo("按 GB18030 编码读取：导入 0 条，已导入过 59,993 条，拒绝 7 条。");
        assertThat(storedFrom(devices)).isEqualTo(59_993);
    }

    @Test
    void aLeaderImportsTheOwnSiteOnlyLinesOfOtherSitesAreRefused() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long s101 = fixtures.site("S101");
        long s201 = fixtures.site("S201");
        setup.createCheckpoint(PatrolFixtures.COMPANY, s101, new Checkpoint.Place("营业厅", null, null, null, null, false, "OWN-" + run));
        var park = setup.createCheckpoint(PatrolFixtures.COMPANY, s201,
                new Checkpoint.Place("园区东门", null, null, null, null, false, "PARK-" + run));
        String own = "WAND-" + run + "-OWN";
        String other = "WAND-" + run + "-PARK";
        wands.register(new DataScope(ScopeLevel.SITE, s101, 0), own, "logistics", s101);
        wands.register(PatrolFixtures.COMPANY, other, "logistics", s201);
        LocalDateTime start = LocalDateTime.now(SHENZHEN).minusDays(4).withHour(22).withMinute(0).withSecond(0).withNano(0);
        var csv = new StringBuilder();
        for (int i = 0; i < WandUploads.ON_PAGE + 500; i++) {
            String line = switch (i % 5) {
                case 0 -> other + ",OWN-" + run;
                case 1 -> own + ",PARK-" + run;
                default -> own + ",OWN-" + run;
            };
            csv.append(line).append(',').append(start.plusSeconds(i).format(TIME)).append('\n');
        }

        long id = upload("leader", "s101.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        JobView job = finished("leader", id);
        assertThat(job.summary()).isEqualTo("按 UTF-8 编码读取：导入 1,500 条，已导入过 0 条，拒绝 1,000 条。");
        assertThat(storedFrom(List.of(other))).isZero();
        try (var in = jobs.result(new JobId(id)).content().open(); var book = new ReadableWorkbook(in)) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows).hasSize(1_001);
            assertThat(rows.get(1).getCellText(0)).isEqualTo("1");
            assertThat(rows.get(1).getCellText(2)).isEqualTo("巡更棒 " + other + " 未在您负责的驻点登记。");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("2");
            assertThat(rows.get(2).getCellText(2)).isEqualTo("巡更点 " + park.getCode() + " 不在您负责的驻点。");
        }
    }

    @Test
    void onlyPeopleWhoSetUpToursMayImportClientUsersMayNot() throws Exception {
        var file = new MockMultipartFile("file", "w.csv", "text/csv", "W-1,T-1,2026-11-21 20:00:00\n".getBytes(StandardCharsets.UTF_8));
        for (String username : List.of("client", "client2", "supervisor", "guard")) {
            mvc.perform(multipart("/patrol/import").file(file).with(as(username)).with(csrf()))
                .andExpect(status().isForbidden());
        }
        mvc.perform(get("/patrol/import").with(as("client"))).andExpect(status().isForbidden());
    }

    @Test
    void aFileOfMoreThanAMillionLinesIsRefusedWithItsReasonBeforeAnythingIsStored() throws Exception {
        byte[] lines = "\n".repeat(WandUploads.MAX_LINES + 1).getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/patrol/import").file(new MockMultipartFile("file", "huge.csv", "text/csv", lines))
            .with(as("ops")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("每个文件最多 1,000,000 行，请拆分为多个文件后导入。")));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long upload(String username, String fileName, byte[] content) throws Exception {
        String target = mvc.perform(multipart("/patrol/import").file(new MockMultipartFile("file", fileName, "text/csv", content))
            .with(as(username)).with(csrf()))
            .andExpect(redirectedUrlPattern("/jobs/*"))
            .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(Objects.requireNonNull(target).substring("/jobs/".length()));
    }

    private JobView finished(String username, long id) {
        signIn(username);
        Awaitility.await().pollInSameThread().pollInterval(Duration.ofMillis(200)).atMost(Duration.ofMinutes(5))
            .until(() -> jobs.get(new JobId(id)).finished());
        return jobs.get(new JobId(id));
    }

    private void signIn(String username) {
        var owner = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
    }

    private long storedFrom(List<String> devices) {
        return jdbc.sql("SELECT COUNT(*) FROM patrol_scan WHERE device_id IN (:devices)").param("devices", devices)
            .query(Long.class).single();
    }

}
