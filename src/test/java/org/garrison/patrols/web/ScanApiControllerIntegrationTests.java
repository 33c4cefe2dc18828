package org.garrison.patrols.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.garrison.patrols.internal.PatrolFixtures;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The scan upload API end to end, as the demo guard of S101: per-scan answers, idempotency, bad input. */
@IntegrationTest
class ScanApiControllerIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PatrolFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBatchIsStoredOnceHoweverOftenItIsSynced() throws Exception {
        var gate = fixtures.checkpoint("S101", "大门");
        String scanId = UUID.randomUUID().toString();
        String body = batch(Instant.now(), item(scanId, gate.getCode(), Instant.now().minusSeconds(600)));

        upload(body).andExpect(status().isOk())
            .andExpect(jsonPath("$.accepted").value(1))
            .andExpect(jsonPath("$.results[0].status").value("ACCEPTED"));
        upload(body).andExpect(status().isOk())
            .andExpect(jsonPath("$.duplicates").value(1))
            .andExpect(jsonPath("$.results[0].status").value("DUPLICATE"));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM patrol_scan WHERE scan_uuid = ?").param(scanId).query(Long.class).single())
            .isEqualTo(1);
        var times = jdbc.sql("SELECT scanned_at, received_at FROM patrol_scan WHERE scan_uuid = ?").param(scanId)
            .query((rs, n) -> Duration.between(rs.getObject(1, java.time.OffsetDateTime.class),
                    rs.getObject(2, java.time.OffsetDateTime.class)))
            .single();
        assertThat(times).as("device time and receive time are both kept").isGreaterThan(Duration.ofMinutes(9));
    }

    @Test
    void badScansAreRefusedOneByOneAndTheGoodOnesStored() throws Exception {
        var lobby = fixtures.checkpoint("S101", "大堂");
        var otherCompany = fixtures.checkpoint("S201", "园区东门");
        Instant now = Instant.now();
        String good = UUID.randomUUID().toString();
        String body = batch(now, item(good, lobby.getCode(), now.minusSeconds(60)),
                item(UUID.randomUUID().toString(), "CP-NOSUCH", now.minusSeconds(50)),
                item(UUID.randomUUID().toString(), otherCompany.getCode(), now.minusSeconds(40)),
                item(UUID.randomUUID().toString(), lobby.getCode(), now.plus(Duration.ofHours(2))),
                "{\"checkpointCode\":\"" + lobby.getCode() + "\",\"scannedAt\":\"yesterday\"}",
                "{\"scanId\":\"x-1\",\"checkpointCode\":\"" + lobby.getCode() + "\",\"scannedAt\":\"not a time\"}");

        upload(body).andExpect(status().isOk())
            .andExpect(jsonPath("$.accepted").value(1))
            .andExpect(jsonPath("$.rejected").value(5))
            .andExpect(jsonPath("$.results[0].status").value("ACCEPTED"))
            .andExpect(jsonPath("$.results[1].reason").value("No checkpoint has the code CP-NOSUCH."))
            .andExpect(jsonPath("$.results[2].reason").value("Checkpoint " + otherCompany.getCode() + " is not at one of your sites."))
            .andExpect(jsonPath("$.results[3].status").value("REJECTED"))
            .andExpect(jsonPath("$.results[4].reason").value("The scan has no id."))
            .andExpect(jsonPath("$.results[5].reason").value("The scan time \"not a time\" is not an ISO-8601 time with offset."));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM patrol_scan WHERE scan_uuid = ?").param(good).query(Long.class).single())
            .isEqualTo(1);
    }

    @Test
    void aMalformedBatchIsAProblemAndStoresNothing() throws Exception {
        upload("{\"scans\": [ {\"scanId\": ").andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        upload("{\"scans\": []}").andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void scansFarAwayWithASkewedClockOrTooFastAreFlaggedNotRefused() throws Exception {
        var east = fixtures.checkpoint("S101", "东侧消防通道", 22.5400, 114.0500);
        var west = fixtures.checkpoint("S101", "西侧停车场", 22.5400, 114.0600);
        Instant now = Instant.now();
        String far = "{\"scanId\":\"" + UUID.randomUUID() + "\",\"checkpointCode\":\"" + east.getCode()
                + "\",\"scannedAt\":\"" + now.minusSeconds(120) + "\",\"latitude\":22.5500,\"longitude\":114.0500}";
        String fast = item(UUID.randomUUID().toString(), west.getCode(), now.minusSeconds(100));
        upload(batch(now.plus(Duration.ofMinutes(20)), far, fast)).andExpect(status().isOk())
            .andExpect(jsonPath("$.accepted").value(2))
            .andExpect(jsonPath("$.results[0].flags").value(org.hamcrest.Matchers.hasItems("CLOCK_SKEW", "FAR_AWAY")))
            .andExpect(jsonPath("$.results[1].flags").value(org.hamcrest.Matchers.hasItem("TOO_FAST")));
    }

    @Test
    void aClientUserMayNotUploadScans() throws Exception {
        mvc.perform(post("/api/v1/patrol/scans").with(user(users.loadUserByUsername("client")))
            .contentType(MediaType.APPLICATION_JSON).content(batch(Instant.now())))
            .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.ResultActions upload(String body) throws Exception {
        return mvc.perform(post("/api/v1/patrol/scans").with(user(users.loadUserByUsername("guard")))
            .header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
    }

    static String batch(Instant sentAt, String... items) {
        return "{\"deviceSentAt\":\"" + sentAt + "\",\"deviceId\":\"test-phone\",\"scans\":[" + String.join(",", items) + "]}";
    }

    static String item(String scanId, String code, Instant at) {
        return "{\"scanId\":\"" + scanId + "\",\"checkpointCode\":\"" + code + "\",\"scannedAt\":\"" + at + "\"}";
    }

}
