package org.garrison.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;

import org.garrison.shared.AuditedChange;
import org.garrison.sla.internal.SlaSettings.Hours;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The holidays and make-up days every installation starts with, and loading a year on the screen and the API. */
@IntegrationTest
@RecordApplicationEvents
class CalendarDaysIntegrationTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    SlaSettings settings;

    @Autowired
    Calendars calendars;

    @Autowired
    ApplicationEvents events;

    @Test
    void theOfficeCalendarShipsThePublishedHolidaysAndMakeUpDays() throws Exception {
        long office = office();
        mvc.perform(get("/api/v1/sla/calendars/{id}/days", office).param("year", "2025").with(as("guard")))
            .andExpect(jsonPath("$.length()").value(33))
            .andExpect(jsonPath("$[?(@.working == true)].date").value(org.hamcrest.Matchers.contains(
                    "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11")));
        mvc.perform(get("/api/v1/sla/calendars/{id}/days", office).param("year", "2026").with(as("guard")))
            .andExpect(jsonPath("$.length()").value(39))
            .andExpect(jsonPath("$[?(@.working == true)].date").value(org.hamcrest.Matchers.contains(
                    "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")));
        mvc.perform(get("/api/v1/sla/calendars/{id}/days", office).param("year", "2027").with(as("guard")))
            .andExpect(jsonPath("$.length()").value(17))
            .andExpect(jsonPath("$[0].name").value("元旦"));
        // complaint clocks count on it: Friday 17:00 before 春节 2026 + 2 working hours ends on the make-up Saturday
        var calendar = calendars.calendarOf(office);
        assertThat(calendar.plus(at("2026-02-13T17:00"), Duration.ofHours(2))).isEqualTo(at("2026-02-14T10:00"));
        assertThat(calendar.plus(at("2026-02-14T17:00"), Duration.ofHours(2))).isEqualTo(at("2026-02-24T10:00"));
    }

    @Test
    void anAdministratorLoadsAYearOnTheScreenAndOverTheApiAndEachChangeIsAudited() throws Exception {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        long id = settings.createCalendar(code, new Hours("测试日历", SHANGHAI, false,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(18, 0))).getId();
        mvc.perform(post("/sla/calendars/{id}/years", id).with(as("admin")).with(csrf())
                .param("year", "2030").param("lines", "2030-01-01 元旦\n2030-01-05 上班 调休上班"))
            .andExpect(redirectedUrl("/sla/calendars/" + id + "/days?year=2030"));
        mvc.perform(put("/api/v1/sla/calendars/{id}/years/2031", id).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"days\": [{\"date\": \"2031-01-01\", \"working\": false, \"name\": \"元旦\"}]}"))
            .andExpect(status().isOk());
        mvc.perform(put("/api/v1/sla/calendars/{id}/years/2031", id).with(as("ops")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"days\": [{\"date\": \"2032-01-01\", \"working\": false, \"name\": \"元旦\"}]}"))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(put("/api/v1/sla/calendars/{id}/years/2031", id).with(as("hr")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"days\": []}"))
            .andExpect(status().isForbidden());
        var calendar = calendars.calendarOf(id);
        assertThat(calendar.isOpenAt(at("2030-01-05T10:00"))).as("a make-up Saturday").isTrue();
        assertThat(calendar.isOpenAt(at("2031-01-01T10:00"))).isFalse();
        assertThat(events.stream(AuditedChange.class).filter(c -> c.entityType().equals("SlaCalendar")
                && c.entityId().equals(String.valueOf(id)) && c.action().equals("UPDATE"))).hasSize(2);
    }

    private long office() {
        return settings.calendars().stream().filter(c -> c.getCode().equals("OFFICE")).findFirst().orElseThrow().getId();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static java.time.Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

}
