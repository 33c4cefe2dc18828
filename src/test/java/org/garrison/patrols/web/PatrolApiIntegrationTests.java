package org.garrison.patrols.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.SiteId;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * The patrol API end to end: a team leader sets up a checkpoint, a route and a schedule of their site through
 * the API and reads them back; another site's records are not found; client users reach none of it.
 */
@IntegrationTest
class PatrolApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void aTeamLeaderSetsUpATourThroughTheApiAndReadsItBack() throws Exception {
        long site = site("S101");
        String gate = createCheckpoint("leader", site, "接口大门" + suffix());
        String hall = createCheckpoint("leader", site, "接口大堂" + suffix());
        long gateId = checkpointId(gate);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'PatrolCheckpoint' AND entity_id = ?")
            .param(String.valueOf(gateId)).query(Long.class).single()).isEqualTo(1);

        String name = "接口夜巡" + suffix();
        var route = mvc.perform(post("/api/v1/patrol/routes").with(as("leader")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"siteId": %d, "name": "%s", "ordered": true, "mode": "FOOT", "minutesBetween": 3,
                         "checkpointCodes": ["%s", "%s"]}
                        """.formatted(site, name, gate.toLowerCase(java.util.Locale.ROOT), hall)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.checkpointIds[0]").value(gateId))
            .andReturn();
        long routeId = json.readTree(route.getResponse().getContentAsString()).get("id").asLong();
        mvc.perform(get("/api/v1/patrol/routes").param("siteId", String.valueOf(site)).param("q", name).with(as("leader")))
            .andExpect(jsonPath("$.totalElements").value(1))
            .andExpect(jsonPath("$.content[0].checkpointCodes[1]").value(hall))
            .andExpect(jsonPath("$.content[0].checkpointNames[1]").value(org.hamcrest.Matchers.startsWith("接口大堂")));

        mvc.perform(post("/api/v1/patrol/schedules").with(as("leader")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"routeId": %d, "startsAt": "22:00", "endsAt": "05:00", "everyMinutes": 120,
                         "toleranceMinutes": 20, "guard": "guard"}
                        """.formatted(routeId)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.guard").value("guard"))
            .andExpect(jsonPath("$.siteId").value(site));
        mvc.perform(post("/api/v1/patrol/schedules").with(as("leader")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"routeId": %d, "startsAt": "22:00", "endsAt": "05:00", "everyMinutes": 120,
                         "toleranceMinutes": 20, "guard": "nobody-%s"}
                        """.formatted(routeId, suffix())))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        var tours = mvc.perform(get("/api/v1/patrol/tours").param("siteId", String.valueOf(site)).with(as("leader")))
            .andExpect(status().isOk())
            .andReturn();
        var first = json.readTree(tours.getResponse().getContentAsString()).get("content");
        if (!first.isEmpty()) {
            mvc.perform(get("/api/v1/patrol/tours/{id}", first.get(0).get("id").asLong()).with(as("leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tour.siteId").value(site))
                .andExpect(jsonPath("$.points[0].code", notNullValue()))
                .andExpect(jsonPath("$.scans", notNullValue()));
        }
        mvc.perform(get("/api/v1/patrol/rates").param("by", "ROUTE").with(as("leader"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/patrol/rates").param("from", "2026-12-07").param("to", "2026-01-01").with(as("leader")))
            .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aWandIsHandedToAGuardAndItsExportImportedOnce() throws Exception {
        long site = site("S101");
        String tag = "TAG-" + suffix();
        String device = "WAND-" + suffix();
        mvc.perform(post("/api/v1/patrol/checkpoints").with(as("leader")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"siteId\": %d, \"name\": \"接口车库\", \"tagId\": \"%s\"}".formatted(site, tag)))
            .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/patrol/wands").with(as("leader")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"deviceId\": \"%s\", \"guard\": \"guard\", \"siteId\": %d}".formatted(device, site)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.guard").value("guard"));
        mvc.perform(get("/api/v1/patrol/wands").param("siteId", String.valueOf(site)).param("size", "100").with(as("leader")))
            .andExpect(jsonPath("$.content[*].deviceId", hasItem(device)));

        String at = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusHours(2)
            .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        byte[] csv = ("设备号,标签号,时间\r\n" + device + "," + tag + "," + at + "\r\n" + device + ",TAG-UNKNOWN," + at + "\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var file = new org.springframework.mock.web.MockMultipartFile("file", "wand.csv", "text/csv", csv);
        mvc.perform(multipart("/api/v1/patrol/wands/import").file(file).with(as("leader")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.stored").value(1))
            .andExpect(jsonPath("$.refused").value(1))
            .andExpect(jsonPath("$.lines[*].reason", hasItem(notNullValue())));
        mvc.perform(multipart("/api/v1/patrol/wands/import").file(file).with(as("leader")))
            .andExpect(jsonPath("$.stored").value(0))
            .andExpect(jsonPath("$.storedBefore").value(1));
        mvc.perform(get("/api/v1/patrol/wands").with(as("client"))).andExpect(status().isForbidden());
    }

    @Test
    void anotherSitesRecordsAreNotFoundAndClientsReachNothing() throws Exception {
        long park = site("S201");
        String code = createCheckpoint("ops", park, "接口园区东门" + suffix());
        long id = checkpointId(code);
        mvc.perform(get("/api/v1/patrol/checkpoints/{id}", id).with(as("leader")))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/patrol/checkpoints").param("size", "100").with(as("leader")))
            .andExpect(jsonPath("$.content[*].code", not(hasItem(code))));
        mvc.perform(post("/api/v1/patrol/checkpoints/{id}/retire", id).with(as("leader"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/patrol/checkpoints").with(as("leader")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"siteId\": %d, \"name\": \"越权\"}".formatted(park)))
            .andExpect(status().isNotFound());

        for (String client : new String[] { "client", "client2" }) {
            for (String path : new String[] { "/api/v1/patrol/checkpoints", "/api/v1/patrol/routes", "/api/v1/patrol/schedules",
                    "/api/v1/patrol/tours", "/api/v1/patrol/rates", "/api/v1/patrol/checkpoints/" + id }) {
                mvc.perform(get(path).with(as(client))).andExpect(status().isForbidden());
            }
        }
    }

    private String createCheckpoint(String username, long site, String name) throws Exception {
        var result = mvc.perform(post("/api/v1/patrol/checkpoints").with(as(username)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"siteId\": %d, \"name\": \"%s\", \"latitude\": 22.54, \"longitude\": 114.05, \"radiusMetres\": 40}"
                    .formatted(site, name)))
            .andExpect(status().isCreated())
            .andReturn();
        String location = result.getResponse().getHeader("Location");
        mvc.perform(get(String.valueOf(location)).with(as(username)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.name").value(name))
            .andExpect(jsonPath("$.radiusMetres").value(40));
        return json.readTree(result.getResponse().getContentAsString()).get("code").asString();
    }

    private long checkpointId(String code) {
        return jdbc.sql("SELECT id FROM patrol_checkpoint WHERE code = ?").param(code).query(Long.class).single();
    }

    private long site(String code) {
        return organisation.siteByCode(code).map(SiteId::value).orElseThrow();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

}
