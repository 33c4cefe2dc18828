package org.garrison.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.garrison.shared.NotificationRequested;
import org.garrison.sla.internal.SlaSettings.Hours;
import org.garrison.testsupport.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A year of holidays and make-up days counts as loaded once it is replaced as a whole from the notice; until then a
 * calendar with business hours reminds administrators, once a week, and its days screen says so.
 */
@IntegrationTest
@RecordApplicationEvents
class CalendarYearsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    SlaSettings settings;

    @Autowired
    CalendarYears years;

    @Autowired
    CalendarYearsJob job;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    @Test
    void theShippedYearsAreLoadedFrom2025To2026And2027IsNot() throws Exception {
        long office = settings.calendars().stream().filter(c -> c.getCode().equals("OFFICE")).findFirst().orElseThrow().getId();
        mvc.perform(get("/api/v1/sla/calendars/{id}/years/2026", office).with(as("guard")))
            .andExpect(jsonPath("$.loadedAt").isNotEmpty());
        mvc.perform(get("/api/v1/sla/calendars/{id}/years/2027", office).with(as("guard")))
            .andExpect(jsonPath("$.loadedAt").doesNotExist());
        assertThat(years.missing(LocalDate.of(2026, 12, 7))).filteredOn(missing -> missing.calendarId() == office)
            .extracting(CalendarYears.Missing::year).containsExactly(2027);
        mvc.perform(get("/api/v1/sla/calendars/999999/years/2027").with(as("guard"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sla/calendars/{id}/years/2027", office)).andExpect(status().isUnauthorized());
    }

    @Test
    void loadingAYearFromTheNoticeStopsItsRemindersAndClearingItStartsThemAgain() throws Exception {
        long id = calendar(false);
        assertThat(years.missing(LocalDate.of(2030, 12, 5))).filteredOn(missing -> missing.calendarId() == id)
            .extracting(CalendarYears.Missing::year).containsExactly(2030, 2031);
        assertThat(banner(id, 2030)).isEqualTo("year-not-loaded");

        mvc.perform(put("/api/v1/sla/calendars/{id}/years/2030", id).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"days\": [{\"date\": \"2030-01-01\", \"working\": false, \"name\": \"元旦\"}]}"))
            .andExpect(status().isOk());
        assertThat(years.missing(LocalDate.of(2030, 12, 5))).filteredOn(missing -> missing.calendarId() == id)
            .extracting(CalendarYears.Missing::year).containsExactly(2031);
        assertThat(banner(id, 2030)).isEqualTo("year-loaded");

        mvc.perform(put("/api/v1/sla/calendars/{id}/years/2030", id).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"days\": []}"))
            .andExpect(status().isOk());
        mvc.perform(get("/api/v1/sla/calendars/{id}/years/2030", id).with(as("admin")))
            .andExpect(jsonPath("$.loadedAt").doesNotExist());
    }

    @Test
    void aRoundTheClockCalendarNeedsNoNotice() {
        long id = calendar(true);
        assertThat(years.missing(LocalDate.of(2030, 12, 5))).noneMatch(missing -> missing.calendarId() == id);
    }

    @Test
    void administratorsAreRemindedOnceAWeekPerYear() {
        long id = calendar(false);
        var now = Instant.parse("2030-12-05T01:00:00Z");
        assertThat(years.claimReminder(id, 2031, now)).isTrue();
        assertThat(years.claimReminder(id, 2031, now.plus(Duration.ofDays(1)))).isFalse();
        assertThat(years.claimReminder(id, 2031, now.plus(Duration.ofDays(7)))).isTrue();

        int thisYear = LocalDate.now(clock).getYear();
        job.run();
        job.run();
        List<NotificationRequested> reminders = events.stream(NotificationRequested.class)
            .filter(request -> request.kind().equals(CalendarYearsJob.KIND)
                    && ("/sla/calendars/" + id + "/days?year=" + thisYear).equals(request.link()))
            .toList();
        assertThat(reminders).singleElement().satisfies(reminder -> {
            assertThat(reminder.roleCodes()).containsExactly("ADMIN");
            assertThat(reminder.args()).containsExactly("测试日历", String.valueOf(thisYear));
        });
    }

    private long calendar(boolean roundTheClock) {
        String code = "Y" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return settings.createCalendar(code, new Hours("测试日历", ZoneId.of("Asia/Shanghai"), roundTheClock,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(18, 0))).getId();
    }

    /** The id of the notice shown on a year's days screen: loaded or not. */
    private String banner(long id, int year) throws Exception {
        String html = mvc.perform(get("/sla/calendars/{id}/days", id).param("year", String.valueOf(year)).with(as("admin")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var shown = Jsoup.parse(html).select("#year-loaded, #year-not-loaded");
        assertThat(shown).hasSize(1);
        return shown.get(0).id();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
