package org.garrison.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.garrison.servicedesk.internal.WhistleReports;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The service desk's Excel exports started over the API: a long job answered 202 with its Location, whose .xlsx
 * result only the user who started it reads; the complaint register within the caller's scope, the whistle-blowing
 * reports for handlers only and with the reporter sealed unless the caller is designated.
 */
@IntegrationTest
class ServiceDeskExportApiIntegrationTests {

    private static final String COMPLAINTS = "/api/v1/servicedesk/complaints/exports";

    private static final String WHISTLE = "/api/v1/servicedesk/whistleblowing/exports";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    WhistleReports reports;

    @Test
    void aClientExportsItsOwnComplaintsAndNobodyElseReadsTheFile() throws Exception {
        String job = start(COMPLAINTS, "client2");
        String sheet = result(job, "client2");
        assertThat(sheet).contains("南山科技园物业管理有限公司").doesNotContain("鹏城银行深圳分行");

        for (String other : new String[] { "client", "cs", "admin" }) {
            mvc.perform(get(job + "/result").with(as(other)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get(job).with(as(other))).andExpect(status().isNotFound());
        }
    }

    @Test
    void whistleBlowingReportsExportSealedForHandlersAndNamedForTheDesignatedRole() throws Exception {
        String subject = "导出接口测试 " + UUID.randomUUID().toString().substring(0, 8);
        reports.receive(null, false, "举报人 孙八", "139 4444 5555", subject, "夜班饮酒", null);

        String sealed = result(start(WHISTLE, "cs"), "cs");
        assertThat(sealed).contains(subject).contains("已密封").doesNotContain("孙八").doesNotContain("139 4444 5555");

        String named = result(start(WHISTLE, "chairman"), "chairman");
        assertThat(named).contains(subject).contains("孙八");
    }

    @Test
    void onlyHandlersExportWhistleBlowingReportsAndAVisitorIsTurnedAway() throws Exception {
        for (String refused : new String[] { "client", "guard", "leader", "supervisor" }) {
            mvc.perform(post(WHISTLE).with(as(refused)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("您无权执行此操作。"));
        }
        mvc.perform(post(COMPLAINTS).with(as("guard"))).andExpect(status().isForbidden());
        mvc.perform(post(COMPLAINTS)).andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(WHISTLE)).andExpect(status().isUnauthorized());
    }

    /** Starts an export and answers its job's path, checking the 202 answer. */
    private String start(String path, String username) throws Exception {
        var response = mvc.perform(post(path).with(as(username)))
            .andExpect(status().isAccepted())
            .andExpect(header().exists("Location"))
            .andExpect(jsonPath("$.id").isNumber())
            .andExpect(jsonPath("$.status").isString())
            .andReturn().getResponse();
        String location = response.getHeader("Location");
        assertThat(location).isEqualTo("/api/v1/jobs/" + JsonPath.read(response.getContentAsString(), "$.id"));
        return location;
    }

    /** Waits for the job to finish and answers every cell of its .xlsx result, one line per row. */
    private String result(String job, String username) throws Exception {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String status = JsonPath.read(mvc.perform(get(job).with(as(username))).andReturn().getResponse()
                .getContentAsString(), "$.status");
            assertThat(status).isNotEqualTo("FAILED");
            return "DONE".equals(status);
        });
        var file = mvc.perform(get(job + "/result").with(as(username)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .andReturn().getResponse();
        assertThat(file.getHeader("Content-Disposition")).contains(".xlsx");
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(file.getContentAsByteArray()))) {
            List<Row> rows = book.getFirstSheet().read();
            return rows.stream()
                .map(row -> row.stream().map(cell -> cell == null ? "" : cell.getText()).collect(Collectors.joining("\t")))
                .collect(Collectors.joining("\n"));
        }
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
