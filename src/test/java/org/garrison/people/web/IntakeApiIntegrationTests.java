package org.garrison.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;

import org.awaitility.Awaitility;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
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

/** The applicant import and the eligibility rules over the API as the demo users, through the pages' services. */
@IntegrationTest
class IntakeApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hrImportsApplicantsAndReadsEachRowsOutcomeInChinese() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/people/applicants/import/template").with(as("hr"))
                .header("Accept-Language", "zh-CN"))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsByteArray();
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            assertThat(book.getFirstSheet().read().get(0).getCellText(1)).isEqualTo("身份证号");
        }

        String name = "接口导入" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        byte[] sheet = workbook(new String[] { "姓名", "身份证号", "手机", "身高", "学历", "招聘计划" },
                new String[] { name, residentId(), "13622221111", "176", "高中", "" },
                new String[] { name + "乙", "440304198106151239", "13622223333", "176", "初中", "" });
        var started = mvc.perform(multipart("/api/v1/people/applicants/imports").file(file(sheet)).with(as("hr"))
                .header("Accept-Language", "zh-CN"))
            .andExpect(status().isAccepted())
            .andReturn().getResponse();
        int job = JsonPath.read(started.getContentAsString(), "$.jobId");
        assertThat(started.getHeader("Location")).isEqualTo("/api/v1/jobs/" + job);

        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
            String status = JsonPath.read(mvc.perform(get("/api/v1/jobs/{id}", job).with(as("hr")))
                .andReturn().getResponse().getContentAsString(), "$.status");
            return status.equals("DONE") || status.equals("FAILED");
        });
        mvc.perform(get("/api/v1/jobs/{id}", job).with(as("hr")))
            .andExpect(jsonPath("$.status").value("DONE"))
            .andExpect(jsonPath("$.summary").value("已导入 1 名应聘人员，1 行被拒绝。"));
        byte[] refused = mvc.perform(get("/api/v1/jobs/{id}/result", job).with(as("hr")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsByteArray();
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(refused))) {
            var rows = book.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellText(0)).isEqualTo("3");
            assertThat(rows.get(1).getCellText(1)).contains("校验码");
        }
        long applicant = jdbc.sql("SELECT id FROM ppl_applicant WHERE full_name = ?").param(name).query(Long.class).single();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Applicant' AND entity_id = ?")
            .param(String.valueOf(applicant)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'long_job' AND entity_id = ?")
            .param(String.valueOf(job)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/jobs/{id}", job).with(as("chairman"))).andExpect(status().isNotFound());
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedAndOnlyRecruitersImport() throws Exception {
        mvc.perform(multipart("/api/v1/people/applicants/imports").file(file("姓名,手机\n张三,13800000000".getBytes()))
                .with(as("hr")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(header().string("Content-Type", "application/problem+json"))
            .andExpect(jsonPath("$.detail").value("该文件不是可读取的 Excel 工作簿（.xlsx）。"));
        mvc.perform(multipart("/api/v1/people/applicants/imports").with(as("hr")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("请选择非空的 Excel 文件。"));
        byte[] sheet = workbook(new String[] { "姓名" });
        mvc.perform(multipart("/api/v1/people/applicants/imports").file(file(sheet)).with(as("chairman")))
            .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/people/applicants/imports").file(file(sheet))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/people/applicants/import/template").with(as("trainer"))).andExpect(status().isForbidden());
    }

    @Test
    void theChairmanChangesTheEligibilityRulesAuditedAndBadValuesAreRefused() throws Exception {
        String before = mvc.perform(get("/api/v1/people/eligibility-rules").with(as("hr")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        int minHeight = JsonPath.read(before, "$.minHeightCm");
        long audited = audits();
        try {
            mvc.perform(put("/api/v1/people/eligibility-rules").with(as("chairman")).contentType(MediaType.APPLICATION_JSON)
                    .content(rules(before, minHeight == 230 ? 229 : minHeight + 1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minHeightCm").value(minHeight == 230 ? 229 : minHeight + 1));
            assertThat(audits()).isEqualTo(audited + 1);
        }
        finally {
            mvc.perform(put("/api/v1/people/eligibility-rules").with(as("chairman")).contentType(MediaType.APPLICATION_JSON)
                    .content(rules(before, minHeight)))
                .andExpect(status().isOk());
        }
        mvc.perform(put("/api/v1/people/eligibility-rules").with(as("chairman")).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).content("{\"minAge\": 10, \"maxAge\": 45}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value("部分字段填写有误。"))
            .andExpect(jsonPath("$.errors[*].field").value(hasItems("minAge", "minHeightCm", "minEducation")));
        mvc.perform(put("/api/v1/people/eligibility-rules").with(as("chairman")).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"minAge\": 50, \"maxAge\": 20, \"minHeightCm\": 170, \"minEducation\": \"JUNIOR_HIGH\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("年龄范围须在 16 至 70 周岁之间，且下限不高于上限。"));
        mvc.perform(put("/api/v1/people/eligibility-rules").with(as("trainer")).contentType(MediaType.APPLICATION_JSON)
                .content(before))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/eligibility-rules").with(as("trainer"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/eligibility-rules")).andExpect(status().isUnauthorized());
    }

    private long audits() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EligibilityPolicy'").query(Long.class).single();
    }

    private static String rules(String current, int minHeightCm) {
        return """
                {"minAge": %d, "maxAge": %d, "minHeightCm": %d, "minEducation": "%s", "healthCertificateRequired": %s,
                 "cleanRecordRequired": %s}""".formatted(JsonPath.<Integer>read(current, "$.minAge"),
                JsonPath.<Integer>read(current, "$.maxAge"), minHeightCm, JsonPath.<String>read(current, "$.minEducation"),
                JsonPath.<Boolean>read(current, "$.healthCertificateRequired"),
                JsonPath.<Boolean>read(current, "$.cleanRecordRequired"));
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "应聘人员.xlsx", "application/octet-stream", content);
    }

    private static byte[] workbook(String[]... rows) throws IOException {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "test", "1.0");
        var sheet = workbook.newWorksheet("应聘人员");
        for (int row = 0; row < rows.length; row++) {
            for (int column = 0; column < rows[row].length; column++) {
                sheet.value(row, column, rows[row][column]);
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    private static String residentId() {
        var birth = LocalDate.of(1988, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(4000));
        String first17 = "440305" + birth.toString().replace("-", "") + (100 + ThreadLocalRandom.current().nextInt(800));
        return first17 + ResidentIds.checkCharacter(first17);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
