package org.garrison.siteops.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotificationRequested;
import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.internal.Severity;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A serious incident at 福田支行 (S101) alerts the bank's client user with a link to the client's own read-only
 * view, which opens for that user; the park's client user (S201, S202) never sees it, and the bank's user
 * never sees the park's incidents.
 */
@IntegrationTest
@RecordApplicationEvents
class ClientIncidentsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Incidents incidents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void theClientsAlertLinkOpensTheIncidentForThatClientOnly() throws Exception {
        var client = users.loadUserByUsername("client");
        var client2 = users.loadUserByUsername("client2");
        var leader = users.loadUserByUsername("leader");
        long s101 = id("SELECT id FROM org_site WHERE code = 'S101'");
        var incident = incidents.report((CurrentUser) leader, s101, IncidentType.FIRE, Severity.MAJOR, "营业厅 ATM 区",
                "ATM 机箱冒烟，已断电并用灭火器扑灭", null, null);
        incidents.addAction((CurrentUser) leader, incident.getId(), "消防维保单位到场检查，线路已更换");

        String link = events.stream(NotificationRequested.class)
            .filter(notice -> notice.roleCodes().contains("CLIENT") && notice.args().contains(incident.getIncidentNumber()))
            .map(NotificationRequested::link)
            .findFirst()
            .orElseThrow();
        assertThat(link).isEqualTo("/siteops/client/incidents/" + incident.getId());
        assertThat(inboxLinkOf("client", incident.getIncidentNumber())).as("the link in the client's inbox").isEqualTo(link);

        mvc.perform(get(link).with(user(client)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("ATM 机箱冒烟，已断电并用灭火器扑灭")))
            .andExpect(content().string(containsString("消防维保单位到场检查，线路已更换")))
            .andExpect(content().string(not(containsString(((CurrentUser) leader).displayName()))));
        mvc.perform(get(link).with(user(client2))).andExpect(status().isNotFound());
        mvc.perform(get(link).with(user(leader))).andExpect(status().isForbidden());

        mvc.perform(get("/siteops/client/incidents").with(user(client)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(incident.getIncidentNumber())));
        mvc.perform(get("/siteops/client/incidents").with(user(client2)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString(incident.getIncidentNumber()))));
    }

    @Test
    void theBankNeverSeesTheParksIncidentAndTheParkSeesItsOwn() throws Exception {
        long parkIncident = id("SELECT min(i.id) FROM so_incident i JOIN org_site s ON s.id = i.site_id WHERE s.code = 'S201'");
        String number = jdbc.sql("SELECT incident_number FROM so_incident WHERE id = ?").param(parkIncident).query(String.class).single();
        UserDetails client = users.loadUserByUsername("client");
        UserDetails client2 = users.loadUserByUsername("client2");

        mvc.perform(get("/siteops/client/incidents/" + parkIncident).with(user(client2))).andExpect(status().isOk());
        mvc.perform(get("/siteops/client/incidents/" + parkIncident).with(user(client))).andExpect(status().isNotFound());
        mvc.perform(get("/siteops/client/incidents").with(user(client)))
            .andExpect(content().string(not(containsString(number))));
        mvc.perform(get("/siteops/client/incidents").with(user(client2)))
            .andExpect(content().string(containsString(number)));
    }

    @Test
    void theClientFindsItsIncidentsInTheNavigationAndStaffDoNot() throws Exception {
        mvc.perform(get("/").with(user(users.loadUserByUsername("client"))))
            .andExpect(content().string(containsString("href=\"/siteops/client/incidents\"")));
        mvc.perform(get("/").with(user(users.loadUserByUsername("leader"))))
            .andExpect(content().string(not(containsString("href=\"/siteops/client/incidents\""))));
    }

    /** The link of the client user's inbox message about the incident, once the notifications module stored it. */
    private String inboxLinkOf(String username, String incidentNumber) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            var link = jdbc.sql("""
                    SELECT m.link FROM notification_message m JOIN app_user u ON u.id = m.user_id
                    WHERE u.username = ? AND m.kind = 'incident.reported' AND m.args LIKE ?""")
                .params(username, "%" + incidentNumber + "%")
                .query(String.class)
                .optional();
            if (link.isPresent()) {
                return link.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no inbox message about " + incidentNumber + " for " + username);
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

}
