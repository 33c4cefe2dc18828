package org.garrison.patrols.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A missed tour's alert is acknowledged once: on the tour's page it is acknowledged in every recipient's inbox,
 * in an inbox it is acknowledged on the tour and in the other recipients' inboxes.
 */
@IntegrationTest
class AcknowledgeOnceIntegrationTests {

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

    final LocalDate day = LocalDate.now(SlotsTests.SHENZHEN).minusDays(3);

    Instant at(String time) {
        return day.atTime(LocalTime.parse(time)).atZone(SlotsTests.SHENZHEN).toInstant();
    }

    @Test
    void acknowledgedOnTheToursPageTheInboxesNoLongerAsk() throws Exception {
        long tour = missedTour("13:00");
        String link = "/patrol/tours/" + tour;
        await().atMost(Duration.ofSeconds(20)).until(() -> open(link) >= 2);

        mvc.perform(post("/api/v1/patrol/tours/{id}/acknowledge", tour).with(as("leader"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"已电话核实，队员在处置警情\"}"))
            .andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(20)).until(() -> open(link) == 0);
        assertThat(jdbc.sql("SELECT DISTINCT ack_comment FROM notification_message WHERE link = ?").param(link)
            .query(String.class).list()).containsExactly("已电话核实，队员在处置警情");
    }

    @Test
    void acknowledgedInAnInboxTheTourAndTheOtherInboxesAreToo() throws Exception {
        long tour = missedTour("15:00");
        String link = "/patrol/tours/" + tour;
        await().atMost(Duration.ofSeconds(20)).until(() -> open(link) >= 2);
        long supervisorsMessage = jdbc.sql("SELECT m.id FROM notification_message m JOIN app_user u ON u.id = m.user_id "
                + "WHERE m.link = ? AND u.username = 'supervisor'").param(link).query(Long.class).single();

        mvc.perform(post("/api/v1/notifications/{id}/acknowledge", supervisorsMessage).with(as("supervisor"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"已安排队长补巡\"}"))
            .andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var acknowledged = tours.findById(tour).orElseThrow();
            assertThat(acknowledged.getAcknowledgement()).isEqualTo("已安排队长补巡");
            assertThat(open(link)).isZero();
        });
        mvc.perform(post("/api/v1/patrol/tours/{id}/acknowledge", tour).with(as("leader"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"再次\"}"))
            .andExpect(status().isUnprocessableContent());
    }

    private long missedTour(String start) {
        var point = fixtures.checkpoint("S101", "确认一次" + UUID.randomUUID().toString().substring(0, 8));
        var route = fixtures.route("S101", "确认一次路线", false, 0, List.of(point));
        var schedule = fixtures.schedule(route, LocalTime.parse(start), LocalTime.parse(start).plusHours(1), 120, 10,
                at("00:00").minusSeconds(86400));
        sweep.sweep(at(start).minusSeconds(1800));
        sweep.sweep(at(start).plusSeconds(3000));
        var tour = tours.findAll().stream()
            .filter(t -> t.getScheduleId() == schedule.getId() && t.getWindowStart().equals(at(start)))
            .findFirst().orElseThrow();
        assertThat(tour.getStatus()).isEqualTo(TourStatus.MISSED);
        return tour.getId();
    }

    private long open(String link) {
        return jdbc.sql("SELECT COUNT(*) FROM notification_message WHERE link = ? AND needs_ack = TRUE "
                + "AND acknowledged_at IS NULL").param(link).query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
