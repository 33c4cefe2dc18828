package org.garrison.sla.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.sla.SlaPermissions;
import org.garrison.sla.internal.CalendarDay;
import org.garrison.sla.internal.CalendarDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class CalendarDaysApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CalendarDays days;

    @Test
    void anySignedInCallerReadsAYearsDays() throws Exception {
        when(days.calendar(2)).thenReturn(SlaSamples.office());
        mvc.perform(get("/api/v1/sla/calendars/2/days").param("year", "2026").with(withPermissions()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.length()").value(2))
            .andExpect(jsonPath("$[0].date").value("2026-02-14"))
            .andExpect(jsonPath("$[0].working").value(true))
            .andExpect(jsonPath("$[1].name").value("春节"));
    }

    @Test
    void aConfigurerLoadsAWholeYear() throws Exception {
        when(days.loadYear(eq(2L), eq(2027), any())).thenReturn(SlaSamples.office());
        mvc.perform(put("/api/v1/sla/calendars/2/years/2027").with(withPermissions(SlaPermissions.SLA_CONFIGURE))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"days\": [{\"date\": \"2027-01-01\", \"working\": false, \"name\": \"元旦\"}]}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].name").value("元旦"));
        verify(days).loadYear(2, 2027, List.of(new CalendarDay(LocalDate.of(2027, 1, 1), false, "元旦")));
        when(days.loadYear(eq(2L), eq(2026), any())).thenThrow(new DomainException("sla.days.outsideYear", "2027-01-01", 2026));
        mvc.perform(put("/api/v1/sla/calendars/2/years/2026").with(withPermissions(SlaPermissions.SLA_CONFIGURE))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"days\": [{\"date\": \"2027-01-01\", \"working\": false, \"name\": \"元旦\"}]}"))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(delete("/api/v1/sla/calendars/2/days/2027-01-01").with(withPermissions(SlaPermissions.SLA_CONFIGURE)))
            .andExpect(status().isNoContent());
    }

    @Test
    void othersMayReadButNotChangeTheDays() throws Exception {
        mvc.perform(put("/api/v1/sla/calendars/2/years/2027").with(withPermissions())
                .contentType(MediaType.APPLICATION_JSON).content("{\"days\": []}"))
            .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/sla/calendars/2/days/2027-01-01").with(withPermissions())).andExpect(status().isForbidden());
        verify(days, never()).loadYear(anyLong(), anyInt(), any());
        verify(days, never()).remove(anyLong(), any());
    }

}
