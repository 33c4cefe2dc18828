package org.garrison.siteops.incidents;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.PageResponse;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.SiteOpsSamples;
import org.garrison.siteops.incidents.Views.IncidentFilter;
import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.internal.Severity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class IncidentApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Incidents incidents;

    @Autowired
    IncidentQueries queries;

    @Test
    void callerListsAndReadsIncidentsOfTheirScope() throws Exception {
        when(queries.page(any(), any(), any())).thenReturn(new PageImpl<>(List.of(SiteOpsSamples.theft())));
        when(queries.card(any(), eq(7L))).thenReturn(SiteOpsSamples.theftCard());
        when(queries.card(any(), eq(99L))).thenThrow(new NotFoundException("entity.incident", 99));
        mvc.perform(get("/api/v1/siteops/incidents").param("type", "THEFT").param("status", "OPEN")
                .param("from", "2026-11-01").param("to", "2026-11-30").param("page", "1").param("size", "5")
                .with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].number").value("SJ-20261121-001"))
            .andExpect(jsonPath("$.content[0].cancelsBonus").value(true))
            .andExpect(jsonPath("$.totalElements").value(1));
        verify(queries).page(any(), eq(new IncidentFilter(null, IncidentType.THEFT, IncidentStatus.OPEN,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))), eq(PageResponse.request(1, 5)));
        mvc.perform(get("/api/v1/siteops/incidents/7").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(jsonPath("$.timeline[0].note").value("已调取监控"));
        mvc.perform(get("/api/v1/siteops/incidents/99").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isNotFound())
            .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    }

    @Test
    void recorderReportsAnIncidentAndGetsItsLocation() throws Exception {
        var incident = mock(Incident.class);
        when(incident.getId()).thenReturn(7L);
        when(incidents.report(any(), eq(11L), eq(IncidentType.THEFT), eq(Severity.SERIOUS), eq("地下车棚"), eq("电动车被盗"),
                any(), any())).thenReturn(incident);
        when(queries.card(any(), eq(7L))).thenReturn(SiteOpsSamples.theftCard());
        mvc.perform(post("/api/v1/siteops/incidents").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"siteId\":11,\"type\":\"THEFT\",\"severity\":\"SERIOUS\",\"place\":\"地下车棚\",\"summary\":\"电动车被盗\"}"))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/api/v1/siteops/incidents/7")));
    }

    @Test
    void invalidReportIsAProblemAndUnauthorisedCallersAreRefused() throws Exception {
        mvc.perform(post("/api/v1/siteops/incidents").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"siteId\":11,\"place\":\"\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        mvc.perform(post("/api/v1/siteops/incidents").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"siteId\":11,\"type\":\"THEFT\",\"severity\":\"SERIOUS\",\"place\":\"车棚\",\"summary\":\"被盗\"}"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/siteops/incidents")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/siteops/incidents").param("size", "101").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isBadRequest())
            .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        mvc.perform(get("/api/v1/siteops/incidents").param("page", "-1").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isBadRequest());
        verify(queries, never()).page(any(), any(), any());
        verify(incidents, never()).report(any(), anyLong(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void recorderCompletesTheReportAndOnlyManagersClose() throws Exception {
        when(queries.card(any(), eq(7L))).thenReturn(SiteOpsSamples.theftCard());
        mvc.perform(post("/api/v1/siteops/incidents/7/completion").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"severity\":\"SERIOUS\",\"policeCalled\":true,\"policeCaseNumber\":\"FT-2026-118\",\"lossAmount\":3200.50}"))
            .andExpect(status().isOk());
        verify(incidents).complete(any(), eq(7L), any());
        mvc.perform(post("/api/v1/siteops/incidents/7/completion").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"severity\":\"SERIOUS\",\"lossAmount\":-1}"))
            .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/siteops/incidents/7/close").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"已结案\"}"))
            .andExpect(status().isForbidden());
        org.mockito.Mockito.doThrow(new org.garrison.shared.DomainException("siteops.incident.closed")).when(incidents)
            .close(any(), eq(7L), eq("已结案"));
        mvc.perform(post("/api/v1/siteops/incidents/7/close").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE))
            .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"已结案\"}"))
            .andExpect(status().isUnprocessableContent());
    }

}
