package org.garrison.siteops.incidents;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.SiteOpsSamples;
import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.internal.Severity;
import org.garrison.siteops.preparedness.EmergencyPlan;
import org.garrison.siteops.preparedness.EmergencyPlans;
import org.garrison.siteops.preparedness.EmergencyResponse;
import org.garrison.siteops.preparedness.EmergencyResponses;
import org.garrison.siteops.preparedness.ResponsePhase;
import org.garrison.siteops.preparedness.ResponseStep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class IncidentControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Incidents incidents;

    @Autowired
    IncidentQueries queries;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    EmergencyPlans plans;

    @Autowired
    EmergencyResponses responses;

    @BeforeEach
    void data() {
        when(organisation.siteChoices(any())).thenReturn(SiteOpsSamples.sites());
        when(queries.list(any(), any())).thenReturn(List.of(SiteOpsSamples.theft()));
        when(queries.card(any(), eq(7L))).thenReturn(SiteOpsSamples.theftCard());
        when(queries.card(any(), eq(99L))).thenThrow(new NotFoundException("entity.incident", 99));
    }

    @Test
    void guardOpensTheQuickReportWithTheOnlySiteChosenAndACameraInput() throws Exception {
        mvc.perform(get("/siteops/incidents/report").with(as(ScopeLevel.OWN, SiteOpsSamples.SITE,
                SiteOpsPermissions.SITEOPS_RECORD, SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("capture=\"environment\"")))
            .andExpect(content().string(containsString("value=\"11\" selected")))
            .andExpect(content().string(containsString("type=\"datetime-local\"")))
            .andExpect(content().string(containsString("btn-lg")));
    }

    @Test
    void guardSendsAReportWithAPhotoAndWhenItHappenedAndIsSentToTheIncident() throws Exception {
        var incident = mock(Incident.class);
        when(incident.getId()).thenReturn(7L);
        when(incidents.report(any(), eq(SiteOpsSamples.SITE), eq(IncidentType.THEFT), eq(Severity.MINOR), eq("地下车棚"),
                eq("电动车被盗"), eq(Instant.parse("2026-11-21T02:20:00Z")), any())).thenReturn(incident);
        mvc.perform(multipart("/siteops/incidents").file(new MockMultipartFile("photo", "scene.jpg", "image/jpeg", new byte[] { 1, 2 }))
            .with(as(ScopeLevel.OWN, SiteOpsSamples.SITE, SiteOpsPermissions.SITEOPS_RECORD))
            .with(csrf())
            .param("siteId", "11").param("type", "THEFT").param("severity", "MINOR")
            .param("place", "地下车棚").param("summary", "电动车被盗").param("occurredAt", "2026-11-21T10:20"))
            .andExpect(redirectedUrl("/siteops/incidents/7"))
            .andExpect(flash().attribute("flash", "siteops.incident.reported"));
    }

    @Test
    void anIncidentWithoutItsTimeOrHappeningAfterItsReportIsRefusedInTheUsersLanguage() throws Exception {
        mvc.perform(post("/siteops/incidents").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("siteId", "11").param("type", "FIRE").param("severity", "MINOR").param("place", "配电房")
            .param("summary", "冒烟").param("occurredAt", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid\" type=\"datetime-local\" id=\"occurredAt\"")));
        when(incidents.report(any(), anyLong(), any(), any(), anyString(), anyString(), any(), any()))
            .thenThrow(new DomainException("siteops.incident.occurredInFuture"));
        mvc.perform(post("/siteops/incidents").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("siteId", "11").param("type", "FIRE").param("severity", "MINOR").param("place", "配电房")
            .param("summary", "冒烟").param("occurredAt", "2030-01-01T08:00"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("发生时间不能晚于上报时间（现在）。")))
            .andExpect(content().string(containsString("value=\"2030-01-01T08:00\"")));
    }

    @Test
    void incompleteReportOrARefusedPhotoShowsTheFormAgainAndNothingIsReported() throws Exception {
        mvc.perform(post("/siteops/incidents").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("siteId", "11").param("severity", "MINOR").param("place", "").param("summary", ""))
            .andExpect(status().isOk())
            .andExpect(view().name("siteops/incident-report"))
            .andExpect(content().string(containsString("is-invalid")));
        verify(incidents, never()).report(any(), anyLong(), any(), any(), anyString(), anyString(), any(), any());

        when(incidents.report(any(), anyLong(), any(), any(), anyString(), anyString(), any(), any()))
            .thenThrow(new DomainException("documents.file.typeRefused", "virus.exe"));
        mvc.perform(multipart("/siteops/incidents").file(new MockMultipartFile("photo", "virus.exe", "application/x-msdownload", new byte[] { 1 }))
            .with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("siteId", "11").param("type", "FIRE").param("severity", "MINOR")
            .param("place", "配电房").param("summary", "冒烟").param("occurredAt", "2026-11-21T10:20"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
    }

    @Test
    void incidentShowsItsTimelineAndAnotherSitesIncidentIsNotFound() throws Exception {
        mvc.perform(get("/siteops/incidents/7").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("已调取监控")))
            .andExpect(content().string(containsString("深公福警 118")));
        mvc.perform(get("/siteops/incidents/99").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isNotFound());
    }

    @Test
    void activatedPlanShowsItsStepsByPhaseWithTheCurrentPhase() throws Exception {
        var response = mock(EmergencyResponse.class);
        var step = mock(ResponseStep.class);
        when(step.getPhase()).thenReturn(ResponsePhase.WARNING);
        when(step.getStepText()).thenReturn("发现火情立即报告监控室");
        when(response.getPlanTitle()).thenReturn("营业厅火灾应急预案");
        when(response.getActivatedAt()).thenReturn(SiteOpsSamples.AT);
        when(response.getActivatedBy()).thenReturn("保安员 马超");
        when(response.currentPhase()).thenReturn(ResponsePhase.WARNING);
        when(response.getSteps()).thenReturn(List.of(step));
        when(responses.of(any(), eq(7L))).thenReturn(Optional.of(response));
        mvc.perform(get("/siteops/incidents/7").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW, SiteOpsPermissions.SITEOPS_RECORD)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("营业厅火灾应急预案")))
            .andExpect(content().string(containsString("/siteops/incidents/7/response/steps/0")));
    }

    @Test
    void activatingAPlanBindsThePlanChosenAndSuggestsThePlanForTheIncidentsType() throws Exception {
        approvedPlans();
        mvc.perform(get("/siteops/incidents/7").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW, SiteOpsPermissions.SITEOPS_RECORD)))
            .andExpect(content().string(matchesPattern("(?s).*value=\"5\" selected=\"selected\">地下车棚防盗预案.*")));
        mvc.perform(post("/siteops/incidents/7/response").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("planId", "4"))
            .andExpect(redirectedUrl("/siteops/incidents/7"))
            .andExpect(flash().attribute("flash", "siteops.response.activated"));
        verify(responses).activate(any(), eq(7L), eq(4L));
    }

    @Test
    void aPlanRefusedShowsTheIncidentAgainWithThePlanChosenAndWhyInTheUsersLanguage() throws Exception {
        approvedPlans();
        when(responses.activate(any(), eq(7L), eq(4L))).thenThrow(new DomainException("siteops.response.alreadyActive"));
        mvc.perform(post("/siteops/incidents/7/response").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("planId", "4"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("该事件已启动应急预案。")))
            .andExpect(content().string(matchesPattern("(?s).*value=\"4\" selected=\"selected\">营业厅火灾应急预案.*")));
        mvc.perform(post("/siteops/incidents/7/response").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .cookie(new Cookie("GARRISON_LANG", "en")).param("planId", "4"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("An emergency plan is already active for this incident.")));
        mvc.perform(post("/siteops/incidents/7/response").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        // the two refused by the service reached it, the one without a plan did not
        verify(responses, times(2)).activate(any(), anyLong(), anyLong());
    }

    @Test
    void aStepDoneAlreadyIsRefusedAtTheTopOfTheIncidentInTheUsersLanguage() throws Exception {
        doThrow(new DomainException("siteops.response.stepDone", "发现火情立即报告监控室")).when(responses).complete(any(), eq(7L), eq(0));
        var refused = mvc.perform(post("/siteops/incidents/7/response/steps/0").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .with(csrf()))
            .andExpect(redirectedUrl("/siteops/incidents/7"))
            .andExpect(flash().attribute("problem", "siteops.response.stepDone"))
            .andReturn()
            .getFlashMap();
        mvc.perform(get("/siteops/incidents/7").flashAttrs(refused).with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(content().string(containsString("步骤“发现火情立即报告监控室”已完成。")));
        mvc.perform(get("/siteops/incidents/7").flashAttrs(refused).cookie(new Cookie("GARRISON_LANG", "en"))
            .with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(content().string(containsString("发现火情立即报告监控室&quot; is done already.")));
    }

    private void approvedPlans() {
        var fire = mock(EmergencyPlan.class);
        when(fire.getId()).thenReturn(4L);
        when(fire.getTitle()).thenReturn("营业厅火灾应急预案");
        when(fire.getIncidentType()).thenReturn(IncidentType.FIRE);
        var theft = mock(EmergencyPlan.class);
        when(theft.getId()).thenReturn(5L);
        when(theft.getTitle()).thenReturn("地下车棚防盗预案");
        when(theft.getIncidentType()).thenReturn(IncidentType.THEFT);
        when(plans.approvedAt(eq(SiteOpsSamples.SITE), any())).thenReturn(List.of(fire, theft));
    }

    @Test
    void actionsCompletionAndClosingChangeTheIncidentOrShowWhyNot() throws Exception {
        mvc.perform(post("/siteops/incidents/7/actions").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD, SiteOpsPermissions.SITEOPS_VIEW))
            .with(csrf()).param("note", "已通知派出所"))
            .andExpect(redirectedUrl("/siteops/incidents/7"));
        verify(incidents).addAction(any(), eq(7L), eq("已通知派出所"));

        mvc.perform(post("/siteops/incidents/7/completion").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("severity", "SERIOUS").param("lossAmount", "-5"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));

        doThrow(new DomainException("siteops.incident.closed", "SJ-20261121-001")).when(incidents)
            .close(any(), eq(7L), anyString());
        mvc.perform(post("/siteops/incidents/7/close").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE)).with(csrf())
            .param("note", "总结"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
    }

    @Test
    void peopleWithoutTheSiteOperationsPermissionsAreRefused() throws Exception {
        mvc.perform(get("/siteops/incidents").with(withPermissions(OrganisationPermissions.ORG_VIEW))).andExpect(status().isForbidden());
        mvc.perform(get("/siteops/incidents/report").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/siteops/incidents/7/close").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("note", "总结"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/siteops/incidents")).andExpect(redirectedUrl("/login"));
        verify(incidents, never()).close(any(), anyLong(), anyString());
    }

}
