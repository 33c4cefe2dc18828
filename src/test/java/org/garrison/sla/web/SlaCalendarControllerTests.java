package org.garrison.sla.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.sla.SlaPermissions;
import org.garrison.sla.internal.SlaSettings;
import org.garrison.sla.internal.SlaSettings.Hours;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class SlaCalendarControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SlaSettings settings;

    @BeforeEach
    void data() {
        when(settings.calendars()).thenReturn(List.of(SlaSamples.office()));
        when(settings.calendar(2)).thenReturn(SlaSamples.office());
    }

    @Test
    void configurerSeesCalendarsWithHoursAndALinkToTheirDays() throws Exception {
        mvc.perform(get("/sla/calendars").with(withPermissions(SlaPermissions.SLA_CONFIGURE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-calendar=\"OFFICE\"")))
            .andExpect(content().string(containsString("09:00–18:00")))
            .andExpect(content().string(containsString("/sla/calendars/2/days")));
        mvc.perform(get("/sla/calendars/2/edit").with(withPermissions(SlaPermissions.SLA_CONFIGURE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/sla/calendars/2/days")));
    }

    @Test
    void aNewCalendarStartsInTheBusinessZone() throws Exception {
        assertThat(CalendarForm.blank(ZoneId.of("Europe/Berlin")).zone()).isEqualTo("Europe/Berlin");
        mvc.perform(get("/sla/calendars/new").with(withPermissions(SlaPermissions.SLA_CONFIGURE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"" + TestClock.ZONE.getId() + "\"")));
    }

    @Test
    void configurerCreatesACalendar() throws Exception {
        mvc.perform(post("/sla/calendars").with(withPermissions(SlaPermissions.SLA_CONFIGURE)).with(csrf())
            .param("code", "NIGHT").param("name", "夜班").param("zone", "Asia/Shanghai")
            .param("workdays", "SATURDAY", "SUNDAY").param("opens", "08:00").param("closes", "20:00"))
            .andExpect(redirectedUrl("/sla/calendars"));
        var hours = ArgumentCaptor.forClass(Hours.class);
        verify(settings).createCalendar(eq("NIGHT"), hours.capture());
        assertThat(hours.getValue().workdays()).containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(hours.getValue().opens()).isEqualTo(LocalTime.of(8, 0));
    }

    @Test
    void aBadZoneMissingCodeOrARefusalShowTheFormAgain() throws Exception {
        mvc.perform(post("/sla/calendars").with(withPermissions(SlaPermissions.SLA_CONFIGURE)).with(csrf())
            .param("code", "").param("name", "x").param("zone", "Asia/Shanghai").param("opens", "08:00")
            .param("closes", "20:00"))
            .andExpect(status().isOk()).andExpect(view().name("sla/calendar-form"))
            .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/sla/calendars/2").with(withPermissions(SlaPermissions.SLA_CONFIGURE)).with(csrf())
            .param("name", "x").param("zone", "Mars/Olympus").param("workdays", "MONDAY").param("opens", "08:00")
            .param("closes", "20:00"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("alert-danger")));
        when(settings.changeCalendar(eq(2L), any())).thenThrow(new DomainException("sla.calendar.invalid"));
        mvc.perform(post("/sla/calendars/2").with(withPermissions(SlaPermissions.SLA_CONFIGURE)).with(csrf())
            .param("name", "x").param("zone", "Asia/Shanghai").param("opens", "20:00").param("closes", "08:00"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("alert-danger")));
        verify(settings, never()).createCalendar(anyString(), any());
    }

    @Test
    void usersWithoutSlaConfigureAreRefusedAndNothingChanges() throws Exception {
        mvc.perform(get("/sla/calendars").with(withPermissions(OrganisationPermissions.ORG_MANAGE))).andExpect(status().isForbidden());
        mvc.perform(get("/sla/calendars/new").with(withPermissions(OrganisationPermissions.ORG_MANAGE))).andExpect(status().isForbidden());
        mvc.perform(post("/sla/calendars").with(withPermissions(OrganisationPermissions.ORG_MANAGE)).with(csrf()).param("code", "X"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/sla/calendars/2").with(withPermissions(SlaPermissions.SLA_CONFIGURE)).param("name", "x"))
            .andExpect(status().isForbidden());
        verify(settings, never()).createCalendar(anyString(), any());
        verify(settings, never()).changeCalendar(anyLong(), any());
    }

}
