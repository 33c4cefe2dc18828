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

import org.garrison.contracts.ServiceKind;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.servicedesk.internal.SatisfactionReport;
import org.garrison.servicedesk.internal.Survey;
import org.garrison.servicedesk.internal.SurveyAnswers;
import org.garrison.servicedesk.internal.SurveyQuestion;
import org.garrison.servicedesk.internal.SurveySender;
import org.garrison.servicedesk.internal.SurveyTemplate;
import org.garrison.servicedesk.internal.SurveyTemplates;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
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
        when(sender.sendByHand(any(), eq(1L), eq(ServiceKind.CLEANING))).thenReturn("tok");
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
        mvc.perform(post("/public/surveys/old").with(csrf()).param("scores[1]", "5")).andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
    }

    @Test
    void aCompleteAnswerThroughTheLinkThanksTheClient() throws Exception {
        mvc.perform(post("/public/surveys/tok").with(csrf()).param("scores[1]", "5").param("scores[2]", "4").param("comment", "好"))
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
            .with(csrf()).param("scores[1]", "5"))
            .andExpect(status().isNotFound());
    }

    @Test
    void satisfactionShowsTargetsAndRefusesAGarbledPeriod() throws Exception {
        var sixMonths = new SatisfactionReport.Period(java.time.YearMonth.of(2026, 6), java.time.YearMonth.of(2026, 11));
        when(report.period(null, null)).thenReturn(sixMonths);
        when(report.period("2026-13", null)).thenThrow(new org.garrison.shared.DomainException("servicedesk.report.periodInvalid", 24));
        when(report.lastSixMonths()).thenReturn(sixMonths);
        when(report.report(any(), any(), any())).thenReturn(new SatisfactionReport.Report(
                List.of(new SatisfactionReport.Row("鹏城银行深圳分行", "鹏城银行福田支行", ServiceKind.GUARDING,
                        java.time.YearMonth.of(2026, 11), 20, new java.math.BigDecimal("90.0"), new java.math.BigDecimal("95"),
                        false)),
                List.of(), new SatisfactionReport.Trend(List.of("2026-11"), List.of(new SatisfactionReport.Series(
                        ServiceKind.GUARDING, List.of(new java.math.BigDecimal("90.0")), new java.math.BigDecimal("95"))))));
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

    @Test
    void aRefusedAnswerComesBackAsTypedWithTheReasonInChinese() throws Exception {
        when(answers.inPortal(any(), eq(3L))).thenReturn(questionnaire());
        doThrow(new DomainException("servicedesk.survey.incomplete")).when(answers)
            .answerInPortal(any(), eq(3L), eq(Map.of(31L, 4)), eq("门岗很负责"));
        mvc.perform(post("/servicedesk/surveys/3/answer").with(as(ScopeLevel.CLIENT, 8L, ServiceDeskPermissions.COMPLAINTS_FILE))
            .with(csrf()).param("scores[31]", "4").param("comment", "门岗很负责"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("请为每个问题打 1 到 5 分。")))
            .andExpect(content().string(containsString("id=\"q31-4\" value=\"4\" required name=\"scores[31]\" checked")))
            .andExpect(content().string(containsString("门岗很负责</textarea>")));
    }

    @Test
    void aScoreOutsideOneToFiveOrAnOverlongCommentIsRefusedBeforeTheSurveyIsTouched() throws Exception {
        when(answers.byToken("tok")).thenReturn(questionnaire());
        mvc.perform(post("/public/surveys/tok").with(csrf()).param("scores[31]", "9").param("scores[32]", "5"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("评分为 1 到 5 分。")))
            .andExpect(content().string(containsString("id=\"q32-5\" value=\"5\" required name=\"scores[32]\" checked")));
        mvc.perform(post("/public/surveys/tok").with(csrf()).param("scores[31]", "5").param("comment", "长".repeat(1001)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("意见最多 1000 个字。")));
        verify(answers, never()).answerByToken(anyString(), anyMap(), any());
    }

    @Test
    void aScoreThatIsNoNumberIsRefusedInChinese() throws Exception {
        when(answers.byToken("tok")).thenReturn(questionnaire());
        mvc.perform(post("/public/surveys/tok").with(csrf()).param("scores[31]", "five"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"survey-form\"")))
            .andExpect(content().string(containsString("请为每个问题打 1 到 5 分。")));
        verify(answers, never()).answerByToken(anyString(), anyMap(), any());
    }

    private static SurveyAnswers.Questionnaire questionnaire() {
        var template = new SurveyTemplate(ServiceKind.GUARDING, "安保服务满意度调查");
        ReflectionTestUtils.setField(template, "id", 1L);
        var survey = new Survey(template, 7, 3, Survey.Reason.SCHEDULE, null, "hash", Instant.parse("2026-11-20T01:00:00Z"),
                Instant.parse("2026-12-04T01:00:00Z"));
        ReflectionTestUtils.setField(survey, "id", 3L);
        var first = new SurveyQuestion(1L, 1, "门岗值守是否规范？");
        ReflectionTestUtils.setField(first, "id", 31L);
        var second = new SurveyQuestion(1L, 2, "巡逻是否到位？");
        ReflectionTestUtils.setField(second, "id", 32L);
        return new SurveyAnswers.Questionnaire(survey, List.of(first, second));
    }

}
