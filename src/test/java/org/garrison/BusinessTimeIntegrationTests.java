package org.garrison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TimeZone;

import org.garrison.patrols.internal.PatrolFixtures;
import org.garrison.patrols.internal.PatrolSweep;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Pages show the business zone (Asia/Shanghai) whatever zone the server runs in: this class runs with the JVM's
 * default zone set to Los Angeles, sixteen hours away (the rest of the suite runs in UTC). Anything that still read
 * the server's zone would show another time, or another day.
 */
@IntegrationTest
class BusinessTimeIntegrationTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static TimeZone serverZone;

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

    @Autowired
    Clock clock;

    @BeforeAll
    static void serverInLosAngeles() {
        serverZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
    }

    @AfterAll
    static void serverBack() {
        TimeZone.setDefault(serverZone);
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void theApplicationClockIsInTheBusinessZone() {
        assertThat(clock.getZone()).isEqualTo(SHANGHAI);
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.now(SHANGHAI));
    }

    @Test
    void aNightPatrolEnteredFor2058ShowsAt2058OnTheBoardOfItsDay() throws Exception {
        var gate = fixtures.checkpoint("S202", "东门岗亭");
        var route = fixtures.route("S202", false, 0, List.of(gate));
        long site = jdbc.sql("SELECT id FROM org_site WHERE code = 'S202'").query(Long.class).single();
        LocalDate day = LocalDate.now(SHANGHAI).minusDays(2);
        fixtures.schedule(route, LocalTime.of(20, 58), LocalTime.of(22, 58), 120, 15,
                day.atStartOfDay(SHANGHAI).toInstant());
        sweep.sweep(day.atTime(20, 0).atZone(SHANGHAI).toInstant());
        assertThat(jdbc.sql("SELECT count(*) FROM patrol_tour WHERE route_id = ? AND service_day = ?")
            .params(route.getId(), day).query(Long.class).single()).as("one tour that day, at 20:58").isEqualTo(1);

        String board = mvc.perform(get("/patrol/board").with(as("ops")).param("day", day.toString())
                .param("siteId", String.valueOf(site)))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();

        assertThat(board).contains("20:58").doesNotContain("04:58").doesNotContain("12:58");
    }

    @Test
    void theAuditLogShowsWhenSomethingHappenedInTheBusinessZone() throws Exception {
        long id = jdbc.sql("SELECT max(id) FROM audit_entry").query(Long.class).single();
        Instant at = jdbc.sql("SELECT occurred_at FROM audit_entry WHERE id = ?").param(id)
            .query((rows, n) -> rows.getObject(1, OffsetDateTime.class).toInstant()).single();

        String page = mvc.perform(get("/admin/audit/{id}", id).with(as("admin")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();

        assertThat(page).contains(DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").format(at.atZone(SHANGHAI)));
    }

}
