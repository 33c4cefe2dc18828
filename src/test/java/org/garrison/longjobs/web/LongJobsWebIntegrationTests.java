package org.garrison.longjobs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.garrison.longjobs.internal.ExportClientsJob;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** My jobs as the demo users see them: the client export end to end, and nobody else's jobs. */
@IntegrationTest
class LongJobsWebIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClientExportsOnlyItsOwnRecordToExcel() throws Exception {
        String location = mvc.perform(post("/jobs/exports/clients").with(as("client")).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/jobs/".length()));
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(statusOf(id)));

        mvc.perform(get("/jobs/{id}", id).with(as("client")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/jobs/" + id + "/result")))
            .andExpect(content().string(containsString("客户名册.xlsx")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/jobs/" + id + "/progress"))));
        byte[] xlsx = mvc.perform(get("/jobs/{id}/result", id).with(as("client")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

        String sheet = xmlOf(xlsx);
        assertThat(sheet).contains("鹏城银行深圳分行", "客户名称").doesNotContain("南山科技园物业管理有限公司", "前海会展中心");
    }

    @Test
    void nobodyElseSeesSomeonesJob() throws Exception {
        long id = demoExportOfCs();

        mvc.perform(get("/jobs/{id}", id).with(as("ops"))).andExpect(status().isNotFound());
        mvc.perform(get("/jobs/{id}/progress", id).with(as("ops"))).andExpect(status().isNotFound());
        mvc.perform(get("/jobs/{id}/result", id).with(as("ops"))).andExpect(status().isNotFound());
        mvc.perform(post("/jobs/{id}/cancel", id).with(as("ops")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/jobs/{id}", id).with(as("ops")))
            .andExpect(status().isNotFound())
            .andExpect(header().string("Content-Type", "application/problem+json"));
        mvc.perform(get("/jobs").with(as("ops"))).andExpect(content().string(org.hamcrest.Matchers.not(
                containsString("data-job=\"" + id + "\""))));
        mvc.perform(get("/api/v1/jobs").param("size", "100").with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
        mvc.perform(get("/api/v1/jobs").param("size", "1").with(as("cs")))
            .andExpect(jsonPath("$.content.length()").value(1))
            .andExpect(jsonPath("$.totalElements").value(greaterThanOrEqualTo(1)));
    }

    @Test
    void theDemoHoldsAFinishedClientExportForCustomerService() throws Exception {
        long id = demoExportOfCs();

        mvc.perform(get("/jobs").with(as("cs")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-job=\"" + id + "\"")))
            .andExpect(content().string(containsString("客户名册导出")))
            .andExpect(content().string(containsString("导出 Excel")));
        mvc.perform(get("/api/v1/jobs/{id}", id).with(as("cs")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("DONE"))
            .andExpect(jsonPath("$.kind").value(ExportClientsJob.KIND));
        byte[] xlsx = mvc.perform(get("/api/v1/jobs/{id}/result", id).with(as("cs")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        assertThat(xmlOf(xlsx)).contains("鹏城银行深圳分行", "南山科技园物业管理有限公司");
    }

    private long demoExportOfCs() {
        long id = jdbc.sql("SELECT MIN(j.id) FROM long_job j JOIN app_user u ON u.id = j.owner_id "
                + "WHERE u.username = 'cs' AND j.kind = :kind")
            .param("kind", ExportClientsJob.KIND)
            .query(Long.class)
            .single();
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(statusOf(id)));
        return id;
    }

    private String statusOf(long id) {
        return jdbc.sql("SELECT status FROM long_job WHERE id = :id").param("id", id).query(String.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static String xmlOf(byte[] xlsx) throws IOException {
        var text = new StringBuilder();
        Path file = Files.createTempFile("export-", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (var zip = new ZipFile(file.toFile())) {
                for (var entry : java.util.Collections.list(zip.entries())) {
                    if (entry.getName().endsWith(".xml")) {
                        try (var in = zip.getInputStream(entry)) {
                            text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        }
        finally {
            Files.delete(file);
        }
        // the sheet writes characters outside ASCII as &#x...; references
        return Pattern.compile("&#x([0-9a-fA-F]+);")
            .matcher(text)
            .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
    }

}
