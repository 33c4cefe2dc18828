package org.garrison.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.garrison.shared.ResidentIds;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Each importer end to end over the REST API with a small file: every row answered in the report, refused rows with
 * their reason, nothing half-imported, the same file again storing nothing twice; and who may import.
 */
@IntegrationTest
class ImportsIntegrationTests {

    static final Charset GBK = Charset.forName("GBK");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void hrImportsAGbkStaffListOnceEveryRowAnsweredAndTheSameFileAgainStoresNothingTwice() throws Exception {
        String good = residentId();
        String other = residentId();
        String cert = "GL-" + run();
        String csv = "姓名,身份证号,手机,分公司,入职日期,驻点,岗位,证书类型,证书编号,发证日期,有效期至\r\n"
                + "王小明," + good + ",13800000001,第一大队,2026/3/1,,,保安员证," + cert + ",2025-12-01,2030-11-30\r\n"
                + "错号码,110101199003074515,13800000002,第一大队,2026-03-01,,,,,,\r\n"
                + "无驻点," + residentId() + ",13800000003,第一大队,2026-03-01,S999,,,,,\r\n"
                + ",,,,,,,,,,\r\n"
                + "王小明," + good + ",13800000001,第一大队,2026/3/1,,,保安员证," + cert + ",2025-12-01,2030-11-30\r\n"
                + "未考核," + other + ",13800000004,第一大队,2026-03-01,S101,,,,,\r\n";
        byte[] file = csv.getBytes(GBK);

        List<Row> rows = report("hr", "employees", "员工.csv", file, "按 GB18030 读取：导入 1 行，更新 0 行，无变化 0 行，拒绝 4 行。");

        assertThat(rows.get(0).getCellText(0)).isEqualTo("行号");
        assertThat(rows.get(0).getCellText(12)).isEqualTo("结果");
        assertThat(rows.stream().skip(1).map(r -> r.getCellText(0)).toList()).containsExactly("2", "3", "4", "6", "7");
        assertThat(rows.get(1).getCellText(12)).isEqualTo("已导入");
        assertThat(rows.get(2).getCellText(13)).isEqualTo("身份证号 110101199003074515 无效（应为 18 位，校验码和出生日期须正确）。");
        assertThat(rows.get(3).getCellText(13)).isEqualTo("您的数据范围内没有驻点“S999”。");
        assertThat(rows.get(4).getCellText(13)).isEqualTo("与本文件第 2 行是同一条记录。");
        assertThat(rows.get(5).getCellText(12)).isEqualTo("已拒绝");
        assertThat(rows.get(5).getCellText(13)).as("the gate refuses the posting, so nothing of the row stays")
            .isNotEmpty();
        assertThat(count("SELECT COUNT(*) FROM ppl_employee WHERE resident_id = ?", other)).isZero();
        assertThat(count("SELECT COUNT(*) FROM ppl_certificate WHERE cert_number = ?", cert)).isEqualTo(1);

        report("hr", "employees", "员工.csv", file, "按 GB18030 读取：导入 0 行，更新 0 行，无变化 1 行，拒绝 4 行。");

        assertThat(count("SELECT COUNT(*) FROM ppl_employee WHERE resident_id = ?", good)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM ppl_certificate WHERE cert_number = ?", cert)).isEqualTo(1);
    }

    @Test
    void aGuardAlreadyOnDutyIsImportedWithTheExamsPassedBeforeGarrisonAndPostedAtTheSite() throws Exception {
        String id = residentId();
        LocalDate passed = LocalDate.now(clock).minusDays(7);
        String csv = "姓名,身份证号,手机,分公司,入职日期,驻点,岗位,证书类型,证书编号,发证日期,有效期至,入职培训考核合格日期,技能培训考核合格日期\n"
                + "在岗保安," + id + ",13800000005,第一大队," + passed.plusDays(3) + ",S101,大门岗,保安员证,GL-" + run()
                + ",2025-12-01,2030-11-30," + passed + "," + passed + "\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        report("hr", "employees", "在岗.csv", file, "按 UTF-8 读取：导入 1 行，更新 0 行，无变化 0 行，拒绝 0 行。");

        long employee = count("SELECT id FROM ppl_employee WHERE resident_id = ?", id);
        assertThat(count("SELECT COUNT(*) FROM ppl_employee WHERE id = ? AND site_id IS NOT NULL "
                + "AND post_id IS NOT NULL", employee)).as("posted at the site and post").isEqualTo(1);
        assertThat(count("""
                SELECT COUNT(*) FROM ppl_exam_result r JOIN ppl_course c ON c.id = r.course_id
                WHERE r.employee_id = ? AND r.passed AND r.source = 'PRIOR_RECORDS' AND r.taken_on = ?
                AND c.kind IN ('ONBOARDING', 'SKILLS')""", employee, passed)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXAM_RESULT' AND entity_type = 'Employee' "
                + "AND entity_id = ?",
                String.valueOf(employee))).isEqualTo(2);

        report("hr", "employees", "在岗.csv", file, "按 UTF-8 读取：导入 0 行，更新 0 行，无变化 1 行，拒绝 0 行。");

        assertThat(count("SELECT COUNT(*) FROM ppl_exam_result WHERE employee_id = ?", employee)).isEqualTo(2);
    }

    @Test
    void theStatusColumnSetsANewEmployeesStatusMovesAKnownOneAndRefusesAnUnknownOrIllegalOne() throws Exception {
        String active = residentId();
        String blank = residentId();
        String unknown = residentId();
        String header = "姓名,身份证号,手机,分公司,入职日期,状态\n";
        String csv = header + "在职员工," + active + ",13800000011,第一大队,2026-03-01,在职\n"
                + "无状态," + blank + ",13800000012,第一大队,2026-03-01,\n"
                + "实习生," + unknown + ",13800000013,第一大队,2026-03-01,实习\n";

        List<Row> rows = report("hr", "employees", "状态.csv", csv.getBytes(StandardCharsets.UTF_8),
                "按 UTF-8 读取：导入 2 行，更新 0 行，无变化 0 行，拒绝 1 行。");

        assertThat(rows.get(3).getCellText(8)).isEqualTo("状态“实习”不在允许的取值中。");
        assertThat(employeeStatus(active)).isEqualTo("ACTIVE");
        assertThat(employeeStatus(blank)).as("blank: on probation as before").isEqualTo("PROBATION");
        assertThat(count("SELECT COUNT(*) FROM ppl_employee WHERE resident_id = ?", unknown)).isZero();

        String again = header + "在职员工," + active + ",13800000011,第一大队,2026-03-01,停职\n"
                + "无状态," + blank + ",13800000012,第一大队,2026-03-01,试用期\n";
        rows = report("hr", "employees", "状态.csv", again.getBytes(StandardCharsets.UTF_8),
                "按 UTF-8 读取：导入 0 行，更新 1 行，无变化 1 行，拒绝 0 行。");
        assertThat(employeeStatus(active)).isEqualTo("SUSPENDED");

        String back = header + "在职员工," + active + ",13800000011,第一大队,2026-03-01,试用期\n";
        rows = report("hr", "employees", "状态.csv", back.getBytes(StandardCharsets.UTF_8),
                "按 UTF-8 读取：导入 0 行，更新 0 行，无变化 0 行，拒绝 1 行。");
        assertThat(rows.get(1).getCellText(8)).isEqualTo("员工状态不能从 停职 改为 试用期。");
        assertThat(employeeStatus(active)).isEqualTo("SUSPENDED");
    }

    @Test
    void theHeightColumnRecordsAnEmployeesHeightAndAHeightNoPersonHasIsRefused() throws Exception {
        String tall = residentId();
        String header = "姓名,身份证号,手机,分公司,入职日期,身高（厘米）\n";
        report("hr", "employees", "身高.csv", (header + "高个子," + tall + ",13800000021,第一大队,2026-03-01,183\n")
            .getBytes(StandardCharsets.UTF_8), "按 UTF-8 读取：导入 1 行，更新 0 行，无变化 0 行，拒绝 0 行。");
        assertThat(height(tall)).isEqualTo(183);

        report("hr", "employees", "身高.csv", (header + "高个子," + tall + ",13800000021,第一大队,2026-03-01,99\n")
            .getBytes(StandardCharsets.UTF_8), "按 UTF-8 读取：导入 0 行，更新 0 行，无变化 0 行，拒绝 1 行。");
        assertThat(height(tall)).as("the refused row changed nothing").isEqualTo(183);

        report("hr", "employees", "身高.csv", (header + "高个子," + tall + ",13800000021,第一大队,2026-03-01,\n")
            .getBytes(StandardCharsets.UTF_8), "按 UTF-8 读取：导入 0 行，更新 0 行，无变化 1 行，拒绝 0 行。");
        assertThat(height(tall)).as("empty leaves the recorded height").isEqualTo(183);
    }

    private Integer height(String residentId) {
        return jdbc.sql("SELECT height_cm FROM ppl_employee WHERE resident_id = ?").param(residentId).query(Integer.class)
            .single();
    }

    @Test
    void theEmployeeTemplateListsTheStatusesAsThePeoplePagesShowThem() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/imports/employees/template").with(as("hr")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            Row headers = book.getFirstSheet().read().get(0);
            assertThat(headers.getCellText(headers.getCellCount() - 1)).isEqualTo("状态");
            List<Row> allowed = book.getSheets().toList().get(1).read();
            int column = allowed.get(0).getCellCount() - 1;
            assertThat(allowed.get(0).getCellText(column)).isEqualTo("状态");
            assertThat(allowed.stream().skip(1).map(r -> column < r.getCellCount() ? r.getCellText(column) : "")
                .filter(t -> !t.isEmpty())
                .toList())
                .containsExactly("试用期", "在职", "停职", "离职");
        }
    }

    @Test
    void anUnknownKindIsNotFoundAndEachKindKeepsItsOwnPermission() throws Exception {
        mvc.perform(get("/api/v1/imports/vehicles/template").with(as("hr")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("导入类型 vehicles 不存在或不在您的数据范围内。"));
        mvc.perform(get("/imports/vehicles").with(as("hr"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/imports/vehicles/template")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/imports/employees/template").with(as("cs"))).andExpect(status().isForbidden());
        mvc.perform(get("/imports/employees").with(as("cs"))).andExpect(status().isForbidden());
        mvc.perform(get("/imports/clients").with(as("cs"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/imports/clients/template").with(as("cs"))).andExpect(status().isOk());
    }

    @Test
    void customerServiceImportsClientsWithContactsFromExcelAndAChangedPhoneIsAnUpdate() throws Exception {
        String client = "导入测试客户 " + run();
        byte[] first = xlsx(List.of("客户名称*", "行业", "客户状态", "联系人", "联系人职务", "联系人电话"),
                List.of(client, "物业", "合作中", "赵一", "物业经理", "13900000001"),
                List.of(client, "物业", "合作中", "钱二", "保安经理", "13900000002"),
                List.of(client, "物业", "合作中", "钱二", "保安经理", "13900000002"),
                List.of("另一客户 " + run(), "物业", "暂停", "", "", ""));

        List<Row> rows = report("cs", "clients", "clients.xlsx", first, "按 xlsx 读取：导入 2 行，更新 0 行，无变化 0 行，拒绝 2 行。");

        assertThat(rows.get(3).getCellText(8)).isEqualTo("与本文件第 3 行是同一条记录。");
        assertThat(rows.get(4).getCellText(8)).isEqualTo("客户状态“暂停”不在允许的取值中。");
        assertThat(count("SELECT COUNT(*) FROM org_client WHERE name = ?", client)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM org_client_contact c JOIN org_client k ON k.id = c.client_id WHERE k.name = ?",
                client)).isEqualTo(2);

        byte[] changed = xlsx(List.of("Client name", "Contact name", "Contact role", "Contact phone"),
                List.of(client, "赵一", "物业经理", "13900000001"), List.of(client, "钱二", "保安经理", "13900000009"));
        report("cs", "clients", "clients.xlsx", changed, "按 xlsx 读取：导入 0 行，更新 1 行，无变化 1 行，拒绝 0 行。");
        assertThat(count("SELECT COUNT(*) FROM org_client_contact WHERE phone = ?", "13900000009")).isEqualTo(1);
    }

    @Test
    void operationsImportSitesWithPostsAndCheckpointsWithTheirCodesTwiceWithoutDuplicates() throws Exception {
        String code = "T" + run().substring(0, 6).toUpperCase(Locale.ROOT);
        String sites = "驻点编号,驻点名称,分公司,客户,岗位名称,岗位类型\n"
                + code + ",导入测试驻点,第一大队,鹏城银行深圳分行,东门岗,门岗\n"
                + code + ",导入测试驻点,第一大队,鹏城银行深圳分行,巡逻岗,巡逻岗\n"
                + code + "X,另一驻点,第九大队,,,\n"
                + code + "Y,又一驻点,第一大队,无此客户,,\n";

        report("ops", "sites", "sites.csv", sites.getBytes(StandardCharsets.UTF_8),
                "按 UTF-8 读取：导入 2 行，更新 0 行，无变化 0 行，拒绝 2 行。");
        List<Row> again = report("ops", "sites", "sites.csv", sites.getBytes(StandardCharsets.UTF_8),
                "按 UTF-8 读取：导入 0 行，更新 0 行，无变化 2 行，拒绝 2 行。");
        assertThat(again.get(3).getCellText(8)).isEqualTo("您的数据范围内没有分公司“第九大队”。");
        assertThat(again.get(4).getCellText(8)).isEqualTo("没有客户“无此客户”。");
        assertThat(count("SELECT COUNT(*) FROM org_post p JOIN org_site s ON s.id = p.site_id WHERE s.code = ?", code))
            .isEqualTo(2);

        String tag = "NFC-" + run();
        String checkpoints = "驻点,巡更点编码,巡更点名称,纬度,经度,半径（米）,重点部位,巡更棒标签\n"
                + code + ",CP-" + code + "-1,东门,22.54,114.05,50,是," + tag + "\n"
                + code + ",,地下车库,,,,否,\n"
                + "S999,,无此驻点,,,,,\n"
                + code + ",CP-" + code + "-2,半个坐标,22.54,,,,\n";

        List<Row> rows = report("ops", "checkpoints", "checkpoints.csv", checkpoints.getBytes(StandardCharsets.UTF_8),
                "按 UTF-8 读取：导入 2 行，更新 0 行，无变化 0 行，拒绝 2 行。");
        assertThat(rows.get(3).getCellText(10)).isEqualTo("您的数据范围内没有驻点“S999”。");
        assertThat(rows.get(4).getCellText(10)).isNotEmpty();
        report("ops", "checkpoints", "checkpoints.csv", checkpoints.getBytes(StandardCharsets.UTF_8),
                "按 UTF-8 读取：导入 0 行，更新 0 行，无变化 2 行，拒绝 2 行。");
        assertThat(count("SELECT COUNT(*) FROM patrol_checkpoint c JOIN org_site s ON s.id = c.site_id WHERE s.code = ?",
                code)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM patrol_checkpoint WHERE code = ? AND tag_id = ?", "CP-" + code + "-1", tag))
            .isEqualTo(1);
    }

    @Test
    void aFileWithoutItsRequiredColumnsIsRefusedAsAWholeInTheCallersLanguage() throws Exception {
        var file = new MockMultipartFile("file", "x.csv", "text/csv", "姓名,手机\n张三,138\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/imports/employees").file(file).with(as("hr")).with(csrf()))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("文件缺少必填列：身份证号、分公司、入职日期。未导入任何数据；请下载模板查看列名。"));
        mvc.perform(multipart("/api/v1/imports/employees").file(file).with(as("hr")).with(csrf())
            .header("Accept-Language", "en"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("The file lacks the required columns: Resident ID number, Branch, Hire date. "
                    + "Nothing was imported; download the template to see the column names."));
    }

    @Test
    void clientUsersAndGuardsMayNotImportNorFetchTemplatesAndEachDepartmentOnlyItsOwnRegister() throws Exception {
        var file = new MockMultipartFile("file", "x.csv", "text/csv", "姓名\n张三\n".getBytes(StandardCharsets.UTF_8));
        for (String kind : List.of("employees", "clients", "sites", "checkpoints")) {
            for (String username : List.of("client", "guard")) {
                mvc.perform(multipart("/api/v1/imports/" + kind).file(file).with(as(username)).with(csrf()))
                    .andExpect(status().isForbidden());
                mvc.perform(get("/api/v1/imports/" + kind + "/template").with(as(username)))
                    .andExpect(status().isForbidden());
                mvc.perform(get("/imports/" + kind).with(as(username))).andExpect(status().isForbidden());
            }
        }
        mvc.perform(multipart("/api/v1/imports/employees").file(file).with(as("cs")).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(get("/imports").with(as("client"))).andExpect(status().isForbidden());
    }

    @Test
    void theTemplateHasChineseHeadersAnExampleRowAndTheDemoBranchesAndSitesToChooseFrom() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/imports/employees/template").with(as("hr")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            List<Row> sheet = book.getFirstSheet().read();
            assertThat(sheet.get(0).getCellText(0)).isEqualTo("姓名*");
            assertThat(sheet.get(0).getCellText(1)).isEqualTo("身份证号*");
            assertThat(sheet.get(1).getCellText(1)).isEqualTo("110101199003074514");
            List<Row> allowed = book.getSheets().toList().get(1).read();
            assertThat(allowed.stream().map(r -> r.getCellText(0)).toList()).contains("分公司", "第一大队", "第二大队");
            assertThat(allowed.stream().map(r -> r.getCellText(1)).toList()).contains("S101 鹏城银行福田支行");
        }
    }

    @Test
    void theUploadPageStartsTheJobAndSendsTheUserToItsProgress() throws Exception {
        String csv = "驻点,巡更点名称\nS101,页面导入 " + run() + "\n";
        mvc.perform(multipart("/imports/checkpoints").file(new MockMultipartFile("file", "c.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(as("ops")).with(csrf()))
            .andExpect(redirectedUrlPattern("/jobs/*"));
        mvc.perform(multipart("/imports/checkpoints").file(new MockMultipartFile("file", "c.csv", "text/csv",
                "名称\n甲\n".getBytes(StandardCharsets.UTF_8))).with(as("ops")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("文件缺少必填列：驻点、巡更点名称。")));
    }

    private List<Row> report(String username, String kind, String fileName, byte[] content, String summary) throws Exception {
        String body = mvc.perform(multipart("/api/v1/imports/" + kind).file(new MockMultipartFile("file", fileName,
                "application/octet-stream", content)).with(as(username)).with(csrf()))
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getContentAsString();
        String job = JsonPath.read(body, "$.job");
        Awaitility.await().pollInSameThread().pollInterval(Duration.ofMillis(100)).atMost(Duration.ofMinutes(2))
            .until(() -> !List.of("QUEUED", "RUNNING").contains(JsonPath.<String>read(mvc.perform(get(job)
                .with(as(username))).andReturn().getResponse().getContentAsString(), "$.status")));
        String view = mvc.perform(get(job).with(as(username))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(view, "$.status")).as(view).isEqualTo("DONE");
        assertThat(JsonPath.<String>read(view, "$.summary")).isEqualTo(summary);
        assertThat(JsonPath.<String>read(view, "$.message")).as("the outcome, not 正在导入…")
            .isEqualTo("已完成：" + summary.substring(summary.indexOf('：') + 1));
        String page = mvc.perform(get("/jobs/" + JsonPath.<Integer>read(body, "$.jobId")).with(as(username)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(summary).doesNotContain("正在导入");
        byte[] report = mvc.perform(get(job + "/report").with(as(username)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(report))) {
            return book.getFirstSheet().read();
        }
    }

    private static byte[] xlsx(List<String> headers, List<?>... rows) throws Exception {
        var bytes = new ByteArrayOutputStream();
        var book = new Workbook(bytes, "test", "1.0");
        var sheet = book.newWorksheet("Sheet1");
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].size(); c++) {
                String value = String.valueOf(rows[r].get(c));
                if (!value.isEmpty()) {
                    sheet.value(r + 1, c, value);
                }
            }
        }
        book.finish();
        return bytes.toByteArray();
    }

    private String employeeStatus(String residentId) {
        return jdbc.sql("SELECT status FROM ppl_employee WHERE resident_id = ?").param(residentId).query(String.class).single();
    }

    private long count(String sql, Object... args) {
        var statement = jdbc.sql(sql);
        for (Object arg : args) {
            statement = statement.param(arg);
        }
        return statement.query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid resident ID that no other test uses (born 1980–1999 in Futian). */
    static String residentId() {
        var random = ThreadLocalRandom.current();
        String first = String.format("440304%04d%02d%02d%03d", 1980 + random.nextInt(20), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(1000));
        return first + ResidentIds.checkCharacter(first);
    }

}
