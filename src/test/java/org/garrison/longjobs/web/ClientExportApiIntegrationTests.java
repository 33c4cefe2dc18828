package org.garrison.longjobs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.garrison.longjobs.internal.ExportClientsJob;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The client export over the API: the same long job as on "my jobs", followed at its Location to the .xlsx. */
@IntegrationTest
class ClientExportApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void aClientUserStartsTheExportFollowsTheJobAndGetsAWorkbookOfItsOwnClientOnly() throws Exception {
        var started = mvc.perform(post("/api/v1/clients/exports").with(as("client")))
            .andExpect(status().isAccepted())
            .andExpect(jsonPath("$.kind").value(ExportClientsJob.KIND))
            .andExpect(jsonPath("$.title").value("客户名册导出"))
            .andReturn()
            .getResponse();
        long id = ((Number) JsonPath.read(started.getContentAsString(), "$.id")).longValue();
        assertThat(started.getHeader("Location")).isEqualTo("/api/v1/jobs/" + id);

        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(JsonPath.read(mvc
            .perform(get("/api/v1/jobs/{id}", id).with(as("client")))
            .andReturn()
            .getResponse()
            .getContentAsString(), "$.status")));
        byte[] xlsx = mvc.perform(get("/api/v1/jobs/{id}/result", id).with(as("client")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

        try (var book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("客户名称");
            assertThat(rows.stream().skip(1).map(row -> row.getCellText(0))).containsExactly("鹏城银行深圳分行");
        }
        mvc.perform(get("/api/v1/jobs/{id}", id).with(as("client")))
            .andExpect(jsonPath("$.done").value(1))
            .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/jobs/{id}", id).with(as("client2"))).andExpect(status().isNotFound());
    }

    @Test
    void customerServiceExportsEveryClient() throws Exception {
        var started = mvc.perform(post("/api/v1/clients/exports").with(as("cs")).header("Accept-Language", "en"))
            .andExpect(status().isAccepted())
            .andExpect(jsonPath("$.title").value("Export of the client register"))
            .andReturn()
            .getResponse();
        long id = ((Number) JsonPath.read(started.getContentAsString(), "$.id")).longValue();
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(JsonPath.read(mvc
            .perform(get("/api/v1/jobs/{id}", id).with(as("cs")))
            .andReturn()
            .getResponse()
            .getContentAsString(), "$.status")));
        byte[] xlsx = mvc.perform(get("/api/v1/jobs/{id}/result", id).with(as("cs")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Client name");
            assertThat(rows.stream().map(row -> row.getCellText(0))).contains("鹏城银行深圳分行", "南山科技园物业管理有限公司");
        }
    }

    @Test
    void whoMayNotSeeClientsCannotExportThemNorCanAVisitor() throws Exception {
        for (String username : List.of("guard", "hr", "trainer")) {
            mvc.perform(post("/api/v1/clients/exports").with(as(username)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.title").value("无权操作"));
        }
        mvc.perform(post("/api/v1/clients/exports")).andExpect(status().isUnauthorized());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
