package org.garrison.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipFile;

import org.garrison.servicedesk.internal.WhistleReports;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The Excel exports: the reporter stays sealed in the whistle-blowing export; a client exports only its own complaints. */
@IntegrationTest
class ServiceDeskExportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    WhistleReports reports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void whistleExportKeepsTheReporterSealed() throws Exception {
        reports.receive(null, false, "举报人 钱七", "137 2222 3333", "导出测试", "夜班脱岗", null);
        String sheet = export("/servicedesk/whistleblowing/export", "cs");
        assertThat(sheet).contains("导出测试").contains("已密封").doesNotContain("钱七").doesNotContain("137 2222 3333");
    }

    @Test
    void clientExportsOnlyItsOwnComplaints() throws Exception {
        String sheet = export("/servicedesk/complaints/export", "client2");
        assertThat(sheet).contains("南山科技园物业管理有限公司").doesNotContain("鹏城银行深圳分行");
    }

    private String export(String path, String username) throws Exception {
        String location = mvc.perform(post(path).with(as(username)).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/jobs/");
        long job = Long.parseLong(location.substring("/jobs/".length()));
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(jdbc.sql("select status from long_job where id = :id")
            .param("id", job).query(String.class).single()) || "FAILED".equals(jdbc.sql("select status from long_job where id = :id")
            .param("id", job).query(String.class).single()));
        byte[] xlsx = mvc.perform(get(location + "/result").with(as(username))).andReturn().getResponse().getContentAsByteArray();
        return text(xlsx);
    }

    /** Every part of the workbook as text (read through the central directory: entries are streamed). */
    private static String text(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("servicedesk-export", ".xlsx");
        try {
            Files.write(file, xlsx);
            var all = new StringBuilder();
            try (var zip = new ZipFile(file.toFile())) {
                for (var entry : java.util.Collections.list(zip.entries())) {
                    try (var in = zip.getInputStream(entry)) {
                        all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            // the sheets write every non-ASCII character as a numeric entity (&#x5df2;)
            return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);")
                .matcher(all)
                .replaceAll(m -> Character.toString(Integer.parseInt(m.group(1), 16)));
        }
        finally {
            Files.deleteIfExists(file);
        }
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
