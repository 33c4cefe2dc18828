package org.garrison.servicedesk.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
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

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.servicedesk.internal.SatisfactionReport;
import org.garrison.servicedesk.internal.ServiceLine;
import org.garrison.servicedesk.internal.SurveyAnswers;
import org.garrison.servicedesk.internal.SurveySender;
import org.garrison.servicedesk.internal.SurveyTemplates;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class SurveyControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void fixClock() {
        clock.fix(Instant.parse("2026-11-23T01:00:00Z"));
    }

    @Autowired
    SurveyTemplates templates;

    @Autowired
    SurveySender sender;

    @Autowired
    SurveyAnswers answers;

    @Autowired
    ComplaintQueries queries;

    @Autowired
    SatisfactionReport report;

    @Test
    void customerServiceSendsASurveyAndSeesItsLinkOnce() throws Exception {
        when(sender.sendByHand(any(), eq(1L), eq(ServiceLine.CLEANING))).thenReturn("tok");
        mvc.perform(post("/servicedesk/surveys/send").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE)).with(csrf())
            .param("siteId", "1").param("service", "CLEANING"))
            .andExpect(redirectedUrl("/servicedesk/surveys"))
            .andExpect(flash().attribute("link", "/public/surveys/tok"));
        mvc.perform(post("/servicedesk/surveys/send").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_VIEW)).with(csrf())
            .param("siteId", "1").param("service", "CLEANING"))
            .andExpect(status().isForbidden());
    }

    @Test
    void anUnusableLinkSaysWhyWithoutSigningIn() throws Exception {
        when(answers.byToken("old")).thenThrow(new DomainException("servicedesk.survey.expired"));
        mvc.perform(get("/public/surveys/old")).andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
        doThrow(new DomainException("servicedesk.survey.answered")).when(answers).answerByToken(eq("old"), anyMap(), anyString());
        mvc.perform(post("/public/surveys/old").with(csrf()).param("q1", "5")).andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
    }

    @Test
    void aCompleteAnswerThroughTheLinkThanksTheClient() throws Exception {
        mvc.perform(post("/public/surveys/tok").with(csrf()).param("q1", "5").param("q2", "4").param("comment", "好"))
            .andExpect(redirectedUrl("/public/surveys/thanks"));
        verify(answers).answerByToken("tok", Map.of(1L, 5, 2L, 4), "好");
    }

    @Test
    void aClientNeverReachesAnotherClientsSurveyInThePortal() throws Exception {
        when(answers.inPortal(any(), eq(9L))).thenThrow(new NotFoundException("servicedesk.survey", 9));
        mvc.perform(get("/servicedesk/surveys/9/answer").with(as(ScopeLevel.CLIENT, 8L, ServiceDeskPermissions.COMPLAINTS_FILE)))
            .andExpect(status().isNotFound());
        doThrow(new NotFoundException("servicedesk.survey", 9)).when(answers).answerInPortal(any(), eq(9L), anyMap(), anyString());
        mvc.perform(post("/servicedesk/surveys/9/answer").with(as(ScopeLevel.CLIENT, 8L, ServiceDeskPermissions.COMPLAINTS_FILE))
            .with(csrf()).param("q1", "5"))
            .andExpect(status().isNotFound());
    }

    @Test
    void satisfactionShowsTargetsAndRefusesAGarbledPeriod() throws Exception {
        when(report.report(any(), any(), any())).thenReturn(new SatisfactionReport.Report(
                List.of(new SatisfactionReport.Row("鹏城银行深圳分行", "鹏城银行福田支行", ServiceLine.GUARDING,
                        java.time.YearMonth.of(2026, 11), 20, new java.math.BigDecimal("90.0"), new java.math.BigDecimal("95"),
                        false)),
                List.of(), new SatisfactionReport.Trend(List.of("2026-11"), List.of(new SatisfactionReport.Series(
                        ServiceLine.GUARDING, List.of(new java.math.BigDecimal("90.0")), new java.math.BigDecimal("95"))))));
        mvc.perform(get("/servicedesk/satisfaction").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("text-bg-danger")))
            .andExpect(content().string(containsString("data-chart=")));
        mvc.perform(get("/servicedesk/satisfaction").param("from", "2026-13").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
        mvc.perform(get("/servicedesk/satisfaction").with(withPermissions(OrganisationPermissions.ORG_VIEW))).andExpect(status().isForbidden());
        verify(answers, never()).answerInPortal(any(), anyLong(), anyMap(), anyString());
    }

    /** The platform's clock and JSON mapper, which the slice does not start. */

}
