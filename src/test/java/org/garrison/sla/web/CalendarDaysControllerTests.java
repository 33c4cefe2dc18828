package org.garrison.sla.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.sla.SlaPermissions;
import org.garrison.sla.internal.CalendarDay;
import org.garrison.sla.internal.CalendarDays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebSliceTest
class CalendarDaysControllerTests {

    private static final RequestPostProcessor CONFIGURER = withPermissions(SlaPermissions.SLA_CONFIGURE);

    @Autowired
    MockMvc mvc;

    @Autowired
    CalendarDays days;

    @BeforeEach
    void data() {
        when(days.calendar(2)).thenReturn(SlaSamples.office());
    }

    @Test
    void aYearListsItsHolidaysAndMakeUpDaysReadyToEditAsLines() throws Exception {
        mvc.perform(get("/sla/calendars/2/days").param("year", "2026").with(CONFIGURER))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-day=\"2026-02-14\"")))
            .andExpect(content().string(containsString("调休上班")))
            .andExpect(content().string(containsString("2026-02-14 上班 春节调休上班\n2026-02-16 春节")))
            .andExpect(content().string(containsString("2026 年放假安排")))
            .andExpect(content().string(not(containsString("data-day=\"2027-01-01\""))))
            .andExpect(content().string(containsString("/sla/calendars/2/days/2026-02-16/remove")));
    }

    @Test
    void aDayIsAddedOrRemoved() throws Exception {
        mvc.perform(post("/sla/calendars/2/days").with(CONFIGURER).with(csrf())
                .param("date", "2026-10-10").param("working", "true").param("name", "国庆节调休上班"))
            .andExpect(redirectedUrl("/sla/calendars/2/days?year=2026"));
        verify(days).put(2, new CalendarDay(LocalDate.of(2026, 10, 10), true, "国庆节调休上班"));
        mvc.perform(post("/sla/calendars/2/days/2026-02-16/remove").with(CONFIGURER).with(csrf()))
            .andExpect(redirectedUrl("/sla/calendars/2/days?year=2026"))
            .andExpect(flash().attribute("flash", "sla.days.removed"));
        verify(days).remove(2, LocalDate.of(2026, 2, 16));
    }

    @Test
    void aWholeYearIsLoadedFromPastedLines() throws Exception {
        mvc.perform(post("/sla/calendars/2/years").with(CONFIGURER).with(csrf())
                .param("year", "2027").param("lines", "2027-01-01 元旦\n2027-02-13 上班 春节调休上班\n"))
            .andExpect(redirectedUrl("/sla/calendars/2/days?year=2027"))
            .andExpect(flash().attribute("flash", "sla.days.loaded"));
        verify(days).loadYear(2, 2027, List.of(new CalendarDay(LocalDate.of(2027, 1, 1), false, "元旦"),
                new CalendarDay(LocalDate.of(2027, 2, 13), true, "春节调休上班")));
    }

    @Test
    void aBadLineOrARefusalShowsThePageAgainWithTheReason() throws Exception {
        mvc.perform(post("/sla/calendars/2/years").with(CONFIGURER).with(csrf())
                .param("year", "2027").param("lines", "2027-01-01 元旦\n2027-13-01 春节"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("第 2 行无法识别")));
        when(days.loadYear(eq(2L), eq(2026), any())).thenThrow(new DomainException("sla.days.outsideYear", "2027-01-01", "2026"));
        mvc.perform(post("/sla/calendars/2/years").with(CONFIGURER).with(csrf())
                .param("year", "2026").param("lines", "2027-01-01 元旦"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("不在 2026 年内")));
        mvc.perform(post("/sla/calendars/2/days").with(CONFIGURER).with(csrf()).param("date", "").param("name", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        verify(days, never()).put(anyLong(), any());
    }

    @Test
    void usersWithoutSlaConfigureAreRefused() throws Exception {
        var other = withPermissions(OrganisationPermissions.ORG_MANAGE);
        mvc.perform(get("/sla/calendars/2/days").with(other)).andExpect(status().isForbidden());
        mvc.perform(post("/sla/calendars/2/years").with(other).with(csrf()).param("year", "2027").param("lines", ""))
            .andExpect(status().isForbidden());
        mvc.perform(post("/sla/calendars/2/days/2026-02-16/remove").with(other).with(csrf())).andExpect(status().isForbidden());
        verify(days, never()).loadYear(anyLong(), anyInt(), any());
        verify(days, never()).remove(anyLong(), any());
    }

}
