package org.garrison.patrols.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.garrison.shared.CurrentUser;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A guard's scan far from its checkpoint is flagged, the phone is told why, and the supervisor reviews it: a
 * rejected scan stops counting and the closed tour it completed becomes missed; who may review, and where.
 */
@IntegrationTest
class FlagReviewIntegrationTests {

    static final double LAT = 22.54;

    static final double LON = 114.05;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PatrolFixtures fixtures;

    @Autowired
    PatrolSweep sweep;

    @Autowired
    TourRepository tours;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScanIngest ingest;

    final LocalDate day = LocalDate.now(SlotsTests.SHENZHEN).minusDays(2);

    Instant at(String time) {
        return day.atTime(LocalTime.parse(time)).atZone(SlotsTests.SHENZHEN).toInstant();
    }

    @Test
    void aRejectedFlagTurnsTheClosedToursCheckpointIntoAMissedOne() throws Exception {
        var gate = fixtures.checkpoint("S101", "核查大门" + suffix(), LAT, LON);
        var vault = fixtures.checkpoint("S101", "核查金库" + suffix(), LAT + 0.001, LON);
        var route = fixtures.route("S101", "核查路线" + suffix(), false, 10, List.of(gate, vault));
        var schedule = fixtures.schedule(route, LocalTime.of(10, 0), LocalTime.of(11, 0), 120, 10, at("00:00").minusSeconds(86400));
        sweep.sweep(at("09:30"));

        scan("guard", gate.getCode(), at("10:02"), LAT, LON);
        String far = UUID.randomUUID().toString();
        scan("guard", far, vault.getCode(), at("10:12"), LAT + 0.02, LON)
            .andExpect(jsonPath("$.results[0].flags[0]").value("FAR_AWAY"))
            .andExpect(jsonPath("$.results[0].flagReasons[0]").value("离巡更点太远"));
        sweep.sweep(at("10:40"));
        var tour = tours.findAll().stream()
            .filter(t -> t.getScheduleId() == schedule.getId() && t.getWindowStart().equals(at("10:00")))
            .findFirst().orElseThrow();
        assertThat(tour.getStatus()).as("a flagged scan counts until it is rejected").isEqualTo(TourStatus.DONE);

        mvc.perform(get("/api/v1/patrol/flags").param("state", "OPEN").param("siteId", String.valueOf(fixtures.site("S101")))
                .param("size", "100").header("Accept-Language", "zh-CN").with(as("leader")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[*].scanId", hasItem(far)))
            .andExpect(jsonPath("$.content[?(@.scanId == '" + far + "')].guardName", hasItem("保安员 马超")))
            .andExpect(jsonPath("$.content[?(@.scanId == '" + far + "')].flagReasons[0]", hasItem("离巡更点太远")));

        mvc.perform(post("/api/v1/patrol/flags/{id}/reject", far).with(as("leader")).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \" \"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("驳回时请填写原因。"));
        mvc.perform(post("/api/v1/patrol/flags/{id}/reject", far).with(as("leader"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"定位离金库一公里，未到位\"}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.state").value("REJECTED"))
            .andExpect(jsonPath("$.comment").value("定位离金库一公里，未到位"));

        var settled = tours.findById(tour.getId()).orElseThrow();
        assertThat(settled.getStatus()).isEqualTo(TourStatus.MISSED);
        assertThat(settled.getPointsMissed()).isEqualTo(1);
        assertThat(settled.getPointsOnTime()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'PatrolScanFlag' AND entity_id = ?")
            .param(far).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/api/v1/patrol/flags/{id}/reject", far).with(as("leader")).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"再次驳回\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("此打卡已是这一核查结论。"));
        mvc.perform(post("/api/v1/patrol/flags/{id}/accept", far).with(as("leader")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("改变核查结论时请填写原因。"));
        mvc.perform(get("/api/v1/patrol/tours/{id}", tour.getId()).with(as("supervisor")))
            .andExpect(jsonPath("$.scans[?(@.scanId == '" + far + "')].reviewState", hasItem("REJECTED")))
            .andExpect(jsonPath("$.scans[?(@.scanId == '" + far + "')].reviewComment", hasItem("定位离金库一公里，未到位")))
            .andExpect(jsonPath("$.scans[?(@.scanId == '" + far + "')].reviewerName", hasItem(org.hamcrest.Matchers.notNullValue())));

        mvc.perform(post("/api/v1/patrol/flags/{id}/accept", far).with(as("leader"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"调取监控，队员确已到金库，定位漂移\"}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.state").value("ACCEPTED"));
        var again = tours.findById(tour.getId()).orElseThrow();
        assertThat(again.getStatus()).as("the scan counts again once accepted").isEqualTo(TourStatus.DONE);
        assertThat(again.getPointsMissed()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'PatrolScanFlag' AND entity_id = ?")
            .param(far).query(Long.class).single()).isEqualTo(2);
        mvc.perform(post("/api/v1/patrol/flags/{id}/reject", far).with(as("leader"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"定位离金库一公里，未到位\"}"))
            .andExpect(status().isOk());
        mvc.perform(get("/api/v1/patrol/flags").param("state", "REJECTED").param("size", "100").with(as("supervisor")))
            .andExpect(jsonPath("$.content[*].scanId", hasItem(far)));
        mvc.perform(get("/api/v1/patrol/flags").param("state", "OPEN").param("size", "100").with(as("supervisor")))
            .andExpect(jsonPath("$.content[*].scanId", not(hasItem(far))));
    }

    @Test
    void aFlagIsAcceptedOnTheReviewPageAndRejectingNeedsAComment() throws Exception {
        var gate = fixtures.checkpoint("S101", "页面核查点" + suffix(), LAT, LON);
        String far = UUID.randomUUID().toString();
        scan("guard", far, gate.getCode(), Instant.now().minusSeconds(600), LAT + 0.02, LON);
        String other = UUID.randomUUID().toString();
        scan("guard", other, gate.getCode(), Instant.now().minusSeconds(300), LAT + 0.03, LON);

        mvc.perform(get("/patrol/flags").with(as("supervisor")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-scan=\"" + far + "\"")))
            .andExpect(content().string(containsString("离巡更点太远")));
        mvc.perform(post("/patrol/flags/{id}/reject", far).with(as("supervisor")).with(csrf()).param("comment", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("驳回时请填写原因。")));
        mvc.perform(post("/patrol/flags/{id}/accept", far).with(as("supervisor")).with(csrf()).param("comment", ""))
            .andExpect(redirectedUrl("/patrol/flags"));
        mvc.perform(get("/patrol/flags/{id}", far).with(as("supervisor")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"flag-state\">已认可")));
        mvc.perform(post("/api/v1/patrol/flags/{id}/accept", other).with(as("ops"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"已电话核实\"}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.state").value("ACCEPTED"));
    }

    @Test
    void guardsAndClientsMayNotReviewVisitorsSignInAndAnotherSitesFlagIsNotFound() throws Exception {
        var elsewhere = fixtures.checkpoint("S102", "别处核查点" + suffix(), LAT, LON);
        String far = UUID.randomUUID().toString();
        long guard = ((CurrentUser) users.loadUserByUsername("guard")).id();
        var stored = ingest.ingest(new ScanIngest.Batch(guard, null, ScanIngest.Source.API, null, null,
                List.of(new ScanIngest.Item(far, elsewhere.getCode(), Instant.now().minusSeconds(600).toString(), LAT + 0.02,
                        LON, null, false))));
        assertThat(stored.get(0).flags()).contains(ScanFlag.FAR_AWAY);

        for (String who : new String[] { "guard", "client", "client2" }) {
            mvc.perform(get("/api/v1/patrol/flags").with(as(who))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/patrol/flags/{id}/accept", far).with(as(who))).andExpect(status().isForbidden());
            mvc.perform(get("/patrol/flags").with(as(who))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/patrol/flags")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/patrol/flags").param("size", "101").with(as("leader"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/patrol/flags").param("state", "SOMETIMES").with(as("leader")))
            .andExpect(status().isBadRequest());

        mvc.perform(post("/api/v1/patrol/flags/{id}/reject", far).with(as("leader"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"越权\"}"))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/patrol/flags/{id}", far).with(as("leader"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/patrol/flags").param("size", "100").with(as("leader")))
            .andExpect(jsonPath("$.content[*].scanId", not(hasItem(far))));
        mvc.perform(get("/api/v1/patrol/flags").param("size", "100").with(as("supervisor")))
            .andExpect(jsonPath("$.content[*].scanId", hasItem(far)));
    }

    private void scan(String who, String code, Instant at, double lat, double lon) throws Exception {
        scan(who, UUID.randomUUID().toString(), code, at, lat, lon);
    }

    private org.springframework.test.web.servlet.ResultActions scan(String who, String id, String code, Instant at,
            double lat, double lon) throws Exception {
        return mvc.perform(post("/api/v1/patrol/scans").with(as(who)).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"scans": [{"scanId": "%s", "checkpointCode": "%s", "scannedAt": "%s", "latitude": %s, "longitude": %s}]}
                        """.formatted(id, code, at, lat, lon)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.results[0].status").value("ACCEPTED"));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

}
