package org.garrison.siteops;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * The siteops API end to end: a checklist, an inspection whose failed item opens a hazard that is rectified and
 * verified, an emergency plan submitted and approved by someone other than its author, a drill and a resource —
 * all created through the API and read back; another site's records are not found; client users reach none of it.
 */
@IntegrationTest
class SiteOpsApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anInspectionsFailedItemBecomesAHazardThatIsRectifiedAndVerified() throws Exception {
        long site = site("S101");
        long checklist = id(send("ops", "/api/v1/siteops/checklists", """
                {"name": "接口消防检查%s", "category": "FIRE", "items": "灭火器压力正常\\n消防通道畅通", "active": true}
                """.formatted(suffix())).andExpect(status().isCreated()));
        mvc.perform(get("/api/v1/siteops/checklists/{id}", checklist).with(as("leader")))
            .andExpect(jsonPath("$.items[1]").value("消防通道畅通"));

        send("leader", "/api/v1/siteops/inspections", """
                {"siteId": %d, "checklistId": %d, "items": [{"outcome": "PASS"}, {"outcome": "FAIL"}]}
                """.formatted(site, checklist)).andExpect(status().isUnprocessableContent());
        var inspection = send("leader", "/api/v1/siteops/inspections", """
                {"siteId": %d, "checklistId": %d, "items": [{"outcome": "PASS"}, {"outcome": "FAIL", "note": "通道堆放纸箱"}]}
                """.formatted(site, checklist))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.inspection.failedCount").value(1))
            .andExpect(jsonPath("$.items[1].hazardId", notNullValue()));
        long inspectionId = json.readTree(inspection.andReturn().getResponse().getContentAsString()).get("inspection").get("id").asLong();
        long hazard = json.readTree(inspection.andReturn().getResponse().getContentAsString()).get("items").get(1).get("hazardId").asLong();
        mvc.perform(get("/api/v1/siteops/hazards/{id}", hazard).with(as("leader")))
            .andExpect(jsonPath("$.title").value("未达标：消防通道畅通"))
            .andExpect(jsonPath("$.inspectionId").value(inspectionId));
        mvc.perform(get("/api/v1/siteops/inspections").param("siteId", String.valueOf(site)).param("size", "100").with(as("leader")))
            .andExpect(jsonPath("$.content[*].id", hasItem((int) inspectionId)));

        send("leader", "/api/v1/siteops/hazards/" + hazard + "/rectify", "{\"note\": \"已清理通道\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("RECTIFIED"));
        send("leader", "/api/v1/siteops/hazards/" + hazard + "/verify", "{\"accepted\": true}")
            .andExpect(status().isUnprocessableContent());
        send("ops", "/api/v1/siteops/hazards/" + hazard + "/verify", "{\"accepted\": true, \"note\": \"复查通过\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @Test
    void aPlanIsApprovedBySomeoneElseAndDrillsAndResourcesAreKeptPerSite() throws Exception {
        long site = site("S101");
        long plan = id(send("leader", "/api/v1/siteops/plans", """
                {"siteId": %d, "type": "FIRE", "title": "接口火灾预案%s", "warningSteps": "报警", "activationSteps": "通知主管",
                 "handlingSteps": "扑救\\n疏散", "recoverySteps": "清点人数"}
                """.formatted(site, suffix())).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT")));
        send("leader", "/api/v1/siteops/plans/" + plan + "/submit", "").andExpect(jsonPath("$.status").value("SUBMITTED"));
        send("leader", "/api/v1/siteops/plans/" + plan + "/decide", "{\"approved\": true}").andExpect(status().isForbidden());
        send("supervisor", "/api/v1/siteops/plans/" + plan + "/decide", "{\"approved\": true}").andExpect(status().isForbidden());
        send("ops", "/api/v1/siteops/plans/" + plan + "/decide", "{\"approved\": true}").andExpect(jsonPath("$.status").value("APPROVED"));

        long resource = id(send("leader", "/api/v1/siteops/resources", """
                {"siteId": %d, "kind": "EXTINGUISHER", "name": "接口灭火器", "location": "东侧", "quantity": 2, "checkEveryDays": 30}
                """.formatted(site)).andExpect(status().isCreated()));
        send("leader", "/api/v1/siteops/resources/" + resource + "/check", "{\"ok\": true}")
            .andExpect(jsonPath("$.lastCheckOk").value(true));

        long parkDrill = id(send("ops", "/api/v1/siteops/drills", """
                {"siteId": %d, "title": "接口园区演练", "plannedOn": "2027-01-10"}
                """.formatted(site("S201"))).andExpect(status().isCreated()));
        mvc.perform(get("/api/v1/siteops/drills").param("size", "100").with(as("leader")))
            .andExpect(jsonPath("$.content[*].id", not(hasItem((int) parkDrill))));
        send("leader", "/api/v1/siteops/drills/" + parkDrill + "/held",
                "{\"heldOn\": \"2026-12-01\", \"participants\": \"张伟\", \"summary\": \"越权\"}")
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/siteops/plans/{id}", plan).with(as("supervisor"))).andExpect(status().isOk());

        send("leader", "/api/v1/siteops/access/watchlist", """
                {"siteId": %d, "kind": "VEHICLE", "value": "粤B%s", "reason": "多次强闯道闸"}
                """.formatted(site, String.valueOf(System.nanoTime() % 100000 + 100000).substring(1)))
            .andExpect(status().isCreated());
        send("leader", "/api/v1/siteops/access/watchlist", """
                {"kind": "VEHICLE", "value": "粤B54321", "reason": "全公司"}
                """).andExpect(status().isUnprocessableContent());
    }

    @Test
    void theLogsArePagedInTheirQueryWithinTheLeadersSite() throws Exception {
        long own = site("S101");
        long other = site("S201");
        send("leader", "/api/v1/siteops/hazards",
                "{\"siteId\": %d, \"title\": \"分页隐患%s\", \"description\": \"消防通道堆放杂物\", \"severity\": \"MINOR\"}"
                    .formatted(own, suffix()))
            .andExpect(status().isCreated());
        for (String[] list : new String[][] { { "/api/v1/siteops/hazards", "so_hazard" },
                { "/api/v1/siteops/incidents", "so_incident" }, { "/api/v1/siteops/access/people", "so_person_entry" },
                { "/api/v1/siteops/access/vehicles", "so_vehicle_entry" } }) {
            long total = jdbc.sql("select count(*) from " + list[1] + " where site_id = ?").param(own).query(Long.class).single();
            mvc.perform(get(list[0]).param("size", "1").with(as("leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(total == 0 ? 0 : 1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.totalElements").value(total))
                .andExpect(jsonPath("$.totalPages").value(total));
            mvc.perform(get(list[0]).param("siteId", String.valueOf(other)).with(as("leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
            mvc.perform(get(list[0]).param("size", "101").with(as("leader"))).andExpect(status().isBadRequest());
        }
        mvc.perform(get("/api/v1/siteops/hazards").param("siteId", String.valueOf(own)).param("status", "OPEN")
                .param("severity", "MINOR").param("size", "100").with(as("leader")))
            .andExpect(jsonPath("$.content[*].status", everyItem(is("OPEN"))))
            .andExpect(jsonPath("$.content[*].severity", everyItem(is("MINOR"))));
    }

    @Test
    void anIncidentRecordsWhenItHappenedApartFromItsReportAndNeverAfterIt() throws Exception {
        long site = site("S101");
        var happened = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        String body = """
                {"siteId": %d, "type": "THEFT", "severity": "MINOR", "place": "接口车棚", "summary": "电动车被盗%s",
                 "occurredAt": "%s"}
                """;
        long incident = id(send("leader", "/api/v1/siteops/incidents", body.formatted(site, suffix(), happened))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.occurredAt").value(happened.toString()))
            .andExpect(jsonPath("$.reportedAt", notNullValue())));
        mvc.perform(get("/api/v1/siteops/incidents").param("siteId", String.valueOf(site)).param("size", "100").with(as("leader")))
            .andExpect(jsonPath("$.content[?(@.id == %d)].occurredAt".formatted(incident)).value(hasItem(happened.toString())));

        mvc.perform(post("/api/v1/siteops/incidents").with(as("leader")).header("Accept-Language", "zh-CN")
            .contentType(MediaType.APPLICATION_JSON)
            .content(body.formatted(site, suffix(), Instant.now().plus(Duration.ofHours(1)))))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("发生时间不能晚于上报时间（现在）。"));
        send("client", "/api/v1/siteops/incidents", body.formatted(site, suffix(), happened)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/siteops/incidents").contentType(MediaType.APPLICATION_JSON)
            .content(body.formatted(site, suffix(), happened)))
            .andExpect(status().isUnauthorized());
    }

    @Test
    void clientUsersReachNoneOfIt() throws Exception {
        for (String client : new String[] { "client", "client2" }) {
            for (String path : new String[] { "/api/v1/siteops/inspections", "/api/v1/siteops/inspections/schedules",
                    "/api/v1/siteops/checklists", "/api/v1/siteops/plans", "/api/v1/siteops/drills", "/api/v1/siteops/resources",
                    "/api/v1/siteops/access/watchlist", "/api/v1/siteops/hazards", "/api/v1/siteops/incidents",
                    "/api/v1/siteops/access/people", "/api/v1/siteops/access/vehicles" }) {
                mvc.perform(get(path).with(as(client))).andExpect(status().isForbidden());
            }
            send(client, "/api/v1/siteops/hazards",
                    "{\"siteId\": %d, \"title\": \"x\", \"description\": \"y\", \"severity\": \"MINOR\"}".formatted(site("S101")))
                .andExpect(status().isForbidden());
        }
    }

    private ResultActions send(String username, String path, String body) throws Exception {
        var request = post(path).with(as(username));
        if (!body.isEmpty()) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private long id(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
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
