package org.garrison.siteops.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;

import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page of site operations renders with the demo data for the team leader of 福田支行 (S101), and
 * the pages of another client's site are not found for that leader.
 */
@IntegrationTest
class SiteOpsPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPageRendersWithTheDemoDataForTheTeamLeader() throws Exception {
        long site = id("SELECT id FROM org_site WHERE code = 'S101'");
        var pages = new ArrayList<>(List.of("/siteops/incidents", "/siteops/incidents/report", "/siteops/access",
                "/siteops/access/search?q=%E6%9D%8E", "/siteops/access/watchlist", "/siteops/inspections", "/siteops/checklists",
                "/siteops/checklists/new", "/siteops/hazards", "/siteops/hazards/new", "/siteops/plans", "/siteops/plans/new",
                "/siteops/drills", "/siteops/resources", "/siteops/activity"));
        pages.add("/siteops/incidents/" + id("SELECT min(id) FROM so_incident WHERE site_id = " + site));
        pages.add("/siteops/inspections/" + id("SELECT min(id) FROM so_inspection WHERE site_id = " + site));
        pages.add("/siteops/hazards/" + id("SELECT min(id) FROM so_hazard WHERE site_id = " + site));
        long plan = id("SELECT min(id) FROM so_emergency_plan WHERE site_id = " + site);
        pages.add("/siteops/plans/" + plan);
        pages.add("/siteops/plans/" + plan + "/edit");
        pages.add("/siteops/checklists/" + id("SELECT min(id) FROM so_checklist") + "/edit");
        pages.add("/siteops/inspections/new?siteId=" + site + "&checklistId=" + id("SELECT min(id) FROM so_checklist"));
        pages.add("/siteops/inspections/new");
        var leader = users.loadUserByUsername("leader");
        var failures = new ArrayList<String>();
        for (String page : pages) {
            int status = mvc.perform(get(page).with(user(leader))).andReturn().getResponse().getStatus();
            if (status != 200) {
                failures.add(page + " → " + status);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anotherClientsIncidentIsNotFoundForTheLeader() throws Exception {
        long other = id("SELECT min(i.id) FROM so_incident i JOIN org_site s ON s.id = i.site_id WHERE s.code = 'S201'");
        int status = mvc.perform(get("/siteops/incidents/" + other).with(user(users.loadUserByUsername("leader"))))
            .andReturn()
            .getResponse()
            .getStatus();
        assertThat(status).isEqualTo(404);
        int forClient = mvc.perform(get("/api/v1/siteops/incidents/" + other).with(user(users.loadUserByUsername("client2"))))
            .andReturn()
            .getResponse()
            .getStatus();
        assertThat(forClient).isEqualTo(403);
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

}
