package org.garrison.patrols.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.garrison.patrols.internal.PatrolFixtures;
import org.garrison.patrols.internal.PatrolSetup;
import org.garrison.patrols.internal.PatrolSweep;
import org.garrison.shared.DataScope;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * The checkpoint label sheet and the completion-rate export over the API, end to end: the same files as on the
 * pages, within the caller's scope.
 */
@IntegrationTest
class PatrolFilesApiIntegrationTests {

    static final ZoneId SHENZHEN = ZoneId.of("Asia/Shanghai");

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PatrolFixtures fixtures;

    @Autowired
    PatrolSetup setup;

    @Autowired
    PatrolSweep sweep;

    @Autowired
    JsonMapper json;

    @Test
    void aTeamLeaderPrintsTheLabelsOfTheOwnSitesCheckpointsWithChineseNames() throws Exception {
        var gate = fixtures.checkpoint("S101", "接口标签北门");
        var vault = fixtures.checkpoint("S101", "接口标签金库");
        byte[] pdf = mvc.perform(get("/api/v1/patrol/checkpoints/labels.pdf").with(as("leader"))
            .accept(MediaType.APPLICATION_PDF)
            .param("ids", String.valueOf(vault.getId()), String.valueOf(gate.getId())))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("接口标签北门", "接口标签金库", gate.getCode(), vault.getCode());
            assertThat(text.indexOf("接口标签金库")).as("in the order asked for").isLessThan(text.indexOf("接口标签北门"));
        }
    }

    @Test
    void aCheckpointOfAnotherSiteIsNotPrintableAndRefusalsComeInTheCallersLanguage() throws Exception {
        var own = fixtures.checkpoint("S101", "接口标签东门");
        var park = fixtures.checkpoint("S201", "接口标签园区");
        mvc.perform(get("/api/v1/patrol/checkpoints/labels.pdf").with(as("leader")).header("Accept-Language", "zh-CN")
            .param("ids", String.valueOf(own.getId()), String.valueOf(park.getId())))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("巡更点 " + park.getId() + " 不存在或不在您的数据范围内。"));
        mvc.perform(get("/api/v1/patrol/checkpoints/labels.pdf").with(as("ops")).param("ids", String.valueOf(park.getId())))
            .andExpect(status().isOk());

        setup.retireCheckpoint(DataScope.company(0), own.getId());
        mvc.perform(get("/api/v1/patrol/checkpoints/labels.pdf").with(as("leader")).header("Accept-Language", "zh-CN")
            .param("ids", String.valueOf(own.getId())))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("请至少选择一个在用的巡更点再打印标签。"));
        mvc.perform(get("/api/v1/patrol/checkpoints/labels.pdf").with(as("leader")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/patrol/checkpoints/labels.pdf").with(as("leader")).header("Accept-Language", "zh-CN")
            .param("ids", "北门"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value("参数 ids 的值无效：“北门”。"));
    }

    @Test
    void onlyThoseWhoSetUpToursPrintLabels() throws Exception {
        var gate = fixtures.checkpoint("S101", "接口标签南门");
        for (String username : List.of("client", "client2", "guard")) {
            mvc.perform(get("/api/v1/patrol/checkpoints/labels.pdf").with(as(username))
                .param("ids", String.valueOf(gate.getId())))
                .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/patrol/checkpoints/labels.pdf").param("ids", String.valueOf(gate.getId())))
            .andExpect(status().isUnauthorized());
    }

    @Test
    void aTeamLeaderExportsTheCompletionRatesAndDownloadsTheWorkbookFromTheJob() throws Exception {
        var a = fixtures.checkpoint("S101", "接口导出大门");
        var route = fixtures.route("S101", "接口导出巡逻", false, 0, List.of(a));
        LocalDate day = LocalDate.now(SHENZHEN).minusDays(5);
        fixtures.schedule(route, LocalTime.of(9, 0), LocalTime.of(10, 0), 60, 10, day.atStartOfDay(SHENZHEN).toInstant());
        sweep.sweep(day.atTime(8, 0).atZone(SHENZHEN).toInstant());
        sweep.sweep(day.atTime(9, 30).atZone(SHENZHEN).toInstant());

        var started = mvc.perform(post("/api/v1/patrol/rates/exports").with(as("leader")).header("Accept-Language", "zh-CN")
            .param("from", day.toString()).param("to", day.toString()).param("by", "ROUTE"))
            .andExpect(status().isAccepted())
            .andExpect(jsonPath("$.kind").value("patrols.rates.export"))
            .andExpect(jsonPath("$.status").exists())
            .andReturn();
        long id = json.readTree(started.getResponse().getContentAsString()).get("id").asLong();
        String location = started.getResponse().getHeader("Location");
        assertThat(location).isEqualTo("/api/v1/jobs/" + id);

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            String state = json.readTree(mvc.perform(get(String.valueOf(location)).with(as("leader"))).andReturn()
                .getResponse().getContentAsString()).get("status").asString();
            assertThat(state).isNotEqualTo("FAILED");
            return state.equals("DONE");
        });
        byte[] xlsx = mvc.perform(get(location + "/result").with(as("leader")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", XLSX))
            .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        assertThat(text(xlsx)).contains("接口导出巡逻", "路线");
        mvc.perform(get(location + "/result").with(as("ops"))).andExpect(status().isNotFound());
    }

    @Test
    void theRatesExportIsRefusedWithoutAPeriodOrForAPeriodOverAYearOrToThoseWhoDoNotWatchTours() throws Exception {
        mvc.perform(post("/api/v1/patrol/rates/exports").with(as("leader")).header("Accept-Language", "zh-CN")
            .param("to", "2026-11-30"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("请求缺少参数 from。"));
        mvc.perform(post("/api/v1/patrol/rates/exports").with(as("leader")).header("Accept-Language", "zh-CN")
            .param("from", "2024-01-01").param("to", "2026-11-30"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("统计期间的结束日不得早于开始日，且最长一年。"));
        for (String username : List.of("client", "guard")) {
            mvc.perform(post("/api/v1/patrol/rates/exports").with(as(username))
                .param("from", "2026-11-01").param("to", "2026-11-30"))
                .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/patrol/rates/exports").param("from", "2026-11-01").param("to", "2026-11-30"))
            .andExpect(status().isUnauthorized());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** Every part of the workbook as text, numeric entities decoded (the sheets write non-ASCII text as &#x…;). */
    private static String text(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("patrol-rates", ".xlsx");
        try {
            Files.write(file, xlsx);
            var all = new StringBuilder();
            try (var zip = new ZipFile(file.toFile())) {
                for (var entry : Collections.list(zip.entries())) {
                    try (var in = zip.getInputStream(entry)) {
                        all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            return Pattern.compile("&#x([0-9a-fA-F]+);")
                .matcher(all)
                .replaceAll(m -> Character.toString(Integer.parseInt(m.group(1), 16)));
        }
        finally {
            Files.deleteIfExists(file);
        }
    }

}
