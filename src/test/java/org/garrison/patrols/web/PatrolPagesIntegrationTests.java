package org.garrison.patrols.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.garrison.patrols.internal.PatrolFixtures;
import org.garrison.patrols.internal.PatrolSweep;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The set-up, label, board and completion-rate pages end to end, as the demo users. */
@IntegrationTest
class PatrolPagesIntegrationTests {

    static final ZoneId SHENZHEN = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PatrolFixtures fixtures;

    @Autowired
    PatrolSweep sweep;

    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void teamLeaderCreatesACheckpointAtTheOwnSiteOnly() throws Exception {
        long s101 = fixtures.site("S101");
        long s201 = fixtures.site("S201");
        mvc.perform(post("/patrol/checkpoints").with(as("leader")).with(csrf()).param("siteId", String.valueOf(s101))
            .param("name", "配电房").param("keyArea", "true").param("latitude", "22.54").param("longitude", "114.05"))
            .andExpect(redirectedUrl("/patrol/checkpoints"));
        mvc.perform(get("/patrol/checkpoints").with(as("leader"))).andExpect(status().isOk())
            .andExpect(content().string(containsString("配电房")));
        mvc.perform(post("/patrol/checkpoints").with(as("leader")).with(csrf()).param("siteId", String.valueOf(s201))
            .param("name", "别人的点")).andExpect(status().isNotFound());
        mvc.perform(post("/patrol/checkpoints").with(as("leader")).with(csrf()).param("siteId", String.valueOf(s101))
            .param("name", "半个坐标").param("latitude", "22.54"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("纬度和经度须同时填写或同时留空")));
    }

    @Test
    void labelSheetPrintsChineseNamesWithTheEmbeddedFont() throws Exception {
        var gate = fixtures.checkpoint("S101", "北门岗亭");
        var vault = fixtures.checkpoint("S101", "金库走廊");
        byte[] pdf = mvc.perform(get("/patrol/checkpoints/labels.pdf").with(as("ops"))
            .param("ids", String.valueOf(gate.getId()), String.valueOf(vault.getId())))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/pdf"))
            .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("北门岗亭", "金库走廊", gate.getCode());
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
        mvc.perform(get("/patrol/checkpoints/labels.pdf").with(as("client")).param("ids", String.valueOf(gate.getId())))
            .andExpect(status().isForbidden());
        mvc.perform(get("/patrol/checkpoints/labels.pdf").with(as("ops"))).andExpect(status().isUnprocessableContent());
    }

    @Test
    void routeAndScheduleAreSetUpOnTheirPages() throws Exception {
        var a = fixtures.checkpoint("S102", "东门");
        var b = fixtures.checkpoint("S102", "西门");
        long s102 = fixtures.site("S102");
        mvc.perform(post("/patrol/routes").with(as("ops")).with(csrf()).param("siteId", String.valueOf(s102))
            .param("name", "夜间外围巡逻").param("ordered", "true").param("mode", "VEHICLE").param("minutesBetween", "8")
            .param("checkpointCodes", a.getCode() + ", " + b.getCode().toLowerCase()))
            .andExpect(redirectedUrl("/patrol/routes"));
        mvc.perform(post("/patrol/routes").with(as("ops")).with(csrf()).param("siteId", String.valueOf(s102))
            .param("name", "坏路线").param("mode", "FOOT").param("minutesBetween", "8").param("checkpointCodes", "CP-NOPE"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("CP-NOPE")));
        long routeId = jdbc.sql("SELECT id FROM patrol_route WHERE name = '夜间外围巡逻'").query(Long.class).single();
        mvc.perform(post("/patrol/schedules").with(as("ops")).with(csrf()).param("routeId", String.valueOf(routeId))
            .param("startsAt", "20:00").param("endsAt", "06:00").param("everyMinutes", "120").param("toleranceMinutes", "15")
            .param("randomised", "true"))
            .andExpect(redirectedUrl("/patrol/schedules"));
        mvc.perform(post("/patrol/schedules").with(as("ops")).with(csrf()).param("routeId", String.valueOf(routeId))
            .param("startsAt", "20:00").param("endsAt", "06:00").param("everyMinutes", "60").param("toleranceMinutes", "90"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("允许误差至少 1 分钟，且须短于巡逻间隔")));
        mvc.perform(get("/patrol/schedules").with(as("ops"))).andExpect(status().isOk())
            .andExpect(content().string(containsString("夜间外围巡逻")));
    }

    @Test
    void supervisorSeesAMissedTourOnTheBoardAndAcknowledgesItWithAComment() throws Exception {
        var a = fixtures.checkpoint("S101", "监控室");
        var route = fixtures.route("S101", false, 0, List.of(a));
        LocalDate day = LocalDate.now(SHENZHEN).minusDays(3);
        fixtures.schedule(route, LocalTime.of(3, 0), LocalTime.of(4, 0), 60, 10, day.atStartOfDay(SHENZHEN).toInstant());
        sweep.sweep(day.atTime(2, 0).atZone(SHENZHEN).toInstant());
        sweep.sweep(day.atTime(3, 30).atZone(SHENZHEN).toInstant());
        long tourId = jdbc.sql("SELECT t.id FROM patrol_tour t WHERE t.route_id = ? AND t.status = 'MISSED'")
            .param(route.getId()).query(Long.class).single();

        mvc.perform(get("/patrol/board").with(as("supervisor")).param("day", day.toString()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-tour=\"" + tourId + "\"")));
        mvc.perform(get("/patrol/board/tours").with(as("client")).param("day", day.toString()))
            .andExpect(status().isForbidden());
        mvc.perform(get("/patrol/tours/{id}", tourId).with(as("inspector"))).andExpect(status().isOk());
        mvc.perform(post("/patrol/tours/{id}/acknowledge", tourId).with(as("supervisor")).with(csrf()).param("comment", ""))
            .andExpect(status().isOk());
        mvc.perform(post("/patrol/tours/{id}/acknowledge", tourId).with(as("supervisor")).with(csrf())
            .param("comment", "已电话核实，队员临时处置漏水"))
            .andExpect(redirectedUrl("/patrol/tours/" + tourId));
        mvc.perform(get("/patrol/tours/{id}", tourId).with(as("supervisor")))
            .andExpect(content().string(containsString("已电话核实")))
            .andExpect(content().string(not(containsString("acknowledge-form"))));
    }

    @Test
    void completionRatesAreShownChartedAndExportedWithinTheScope() throws Exception {
        var a = fixtures.checkpoint("S201", "园区北门");
        var route = fixtures.route("S201", false, 0, List.of(a));
        LocalDate day = LocalDate.now(SHENZHEN).minusDays(4);
        fixtures.schedule(route, LocalTime.of(9, 0), LocalTime.of(10, 0), 60, 10, day.atStartOfDay(SHENZHEN).toInstant());
        sweep.sweep(day.atTime(8, 0).atZone(SHENZHEN).toInstant());
        sweep.sweep(day.atTime(9, 30).atZone(SHENZHEN).toInstant());

        mvc.perform(get("/patrol/rates").with(as("ops")).param("from", day.toString()).param("to", day.toString())
            .param("by", "BRANCH"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("第二大队")));
        mvc.perform(get("/patrol/rates/trend").with(as("ops")).param("from", day.toString()).param("to", day.toString()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].day").value(day.toString()));
        mvc.perform(get("/patrol/rates").with(as("supervisor")).param("from", day.toString()).param("to", day.toString())
            .param("by", "BRANCH"))
            .andExpect(content().string(not(containsString("第二大队"))));
        mvc.perform(post("/patrol/rates/export").with(as("ops")).with(csrf()).param("from", day.toString())
            .param("to", day.toString()).param("by", "SITE"))
            .andExpect(redirectedUrlPattern("/jobs/*"));
        assertThat(Instant.now()).isNotNull();
    }

}
