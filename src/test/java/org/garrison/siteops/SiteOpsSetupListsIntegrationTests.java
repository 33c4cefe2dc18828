package org.garrison.siteops;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * The drills, resources, plans, inspection schedules and watch list over the API are paged in their query: the
 * totals are those of the leader's site counted in the database, the filters narrow them there, another site's
 * records are not counted, and a page larger than 100 is refused.
 */
@IntegrationTest
class SiteOpsSetupListsIntegrationTests {

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

    @Autowired
    Clock clock;

    @Test
    void theSetupListsCountTheLeadersSiteInTheirQuery() throws Exception {
        long own = site("S101");
        long other = site("S201");
        send("leader", "/api/v1/siteops/drills", """
                {"siteId": %d, "title": "分页演练", "plannedOn": "2027-02-03"}""".formatted(own)).andExpect(status().isCreated());
        send("leader", "/api/v1/siteops/resources", """
                {"siteId": %d, "kind": "EXTINGUISHER", "name": "分页灭火器", "location": "西侧", "quantity": 1, "checkEveryDays": 30}
                """.formatted(own)).andExpect(status().isCreated());
        send("leader", "/api/v1/siteops/plans", """
                {"siteId": %d, "type": "FIRE", "title": "分页预案%s", "warningSteps": "报警", "activationSteps": "通知主管",
                 "handlingSteps": "扑救", "recoverySteps": "清点人数"}""".formatted(own, suffix())).andExpect(status().isCreated());
        long checklist = json.readTree(send("ops", "/api/v1/siteops/checklists", """
                {"name": "分页检查%s", "category": "FIRE", "items": "灭火器压力正常", "active": true}""".formatted(suffix()))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        send("leader", "/api/v1/siteops/inspections/schedules", """
                {"siteId": %d, "checklistId": %d, "everyDays": 7, "firstDue": "2027-03-01"}""".formatted(own, checklist))
            .andExpect(status().isCreated());
        send("leader", "/api/v1/siteops/access/watchlist", """
                {"siteId": %d, "kind": "VEHICLE", "value": "粤B%s", "reason": "分页"}""".formatted(own, digits()))
            .andExpect(status().isCreated());

        var lists = Map.of("/api/v1/siteops/drills", "so_drill", "/api/v1/siteops/resources", "so_emergency_resource",
                "/api/v1/siteops/plans", "so_emergency_plan", "/api/v1/siteops/inspections/schedules", "so_inspection_schedule");
        for (var list : lists.entrySet()) {
            long total = count("select count(*) from " + list.getValue() + " where site_id = ?", own);
            pagedOne(get(list.getKey()), total);
            mvc.perform(get(list.getKey()).param("siteId", String.valueOf(other)).with(as("leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
            mvc.perform(get(list.getKey()).param("size", "101").with(as("leader"))).andExpect(status().isBadRequest());
        }
        pagedOne(get("/api/v1/siteops/access/watchlist"),
                count("select count(*) from so_watch_entry where site_id = ? or site_id is null", own));
        mvc.perform(get("/api/v1/siteops/access/watchlist").param("size", "101").with(as("leader")))
            .andExpect(status().isBadRequest());
    }

    @Test
    void theFiltersNarrowTheQuery() throws Exception {
        long own = site("S101");
        LocalDate today = LocalDate.now(clock);
        send("leader", "/api/v1/siteops/drills", """
                {"siteId": %d, "title": "筛选演练", "plannedOn": "2027-04-05"}""".formatted(own)).andExpect(status().isCreated());
        pagedOne(get("/api/v1/siteops/drills").param("status", "PLANNED").param("from", "2027-04-05").param("to", "2027-04-05"),
                count("select count(*) from so_drill where site_id = ? and status = 'PLANNED' and planned_on = ?", own,
                        LocalDate.of(2027, 4, 5)));
        pagedOne(get("/api/v1/siteops/resources").param("kind", "EXTINGUISHER").param("checkDue", "false"), count(
                "select count(*) from so_emergency_resource where site_id = ? and kind = 'EXTINGUISHER' and next_check > ?", own,
                today));
        pagedOne(get("/api/v1/siteops/inspections/schedules").param("due", "true"),
                count("select count(*) from so_inspection_schedule where site_id = ? and next_due <= ?", own, today));
        pagedOne(get("/api/v1/siteops/plans").param("type", "FIRE").param("status", "DRAFT"), count(
                "select count(*) from so_emergency_plan where site_id = ? and incident_type = 'FIRE' and status = 'DRAFT'", own));

        String plate = digits();
        send("leader", "/api/v1/siteops/access/watchlist", """
                {"siteId": %d, "kind": "VEHICLE", "value": "粤B%s", "reason": "筛选"}""".formatted(own, plate))
            .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/siteops/access/watchlist").param("kind", "VEHICLE").param("q", "b" + plate)
                .param("siteId", String.valueOf(own)).with(as("leader")))
            .andExpect(jsonPath("$.totalElements").value(1))
            .andExpect(jsonPath("$.content[0].value").value("粤B" + plate));
        mvc.perform(get("/api/v1/siteops/access/watchlist").param("kind", "PERSON").param("q", "b" + plate).with(as("leader")))
            .andExpect(jsonPath("$.totalElements").value(0));
    }

    /** The first page of one entry: as many pages as entries. */
    private void pagedOne(MockHttpServletRequestBuilder request, long total) throws Exception {
        mvc.perform(request.param("size", "1").with(as("leader")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content.length()").value(total == 0 ? 0 : 1))
            .andExpect(jsonPath("$.size").value(1))
            .andExpect(jsonPath("$.totalElements").value(total))
            .andExpect(jsonPath("$.totalPages").value(total));
    }

    private long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).single();
    }

    private ResultActions send(String username, String path, String body) throws Exception {
        return mvc.perform(post(path).with(as(username)).contentType(MediaType.APPLICATION_JSON).content(body));
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

    /** Five digits for a plate of the test's own. */
    private static String digits() {
        return String.valueOf(System.nanoTime() % 100000 + 100000).substring(1);
    }

}
