package org.garrison.servicedesk.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.garrison.contracts.ServiceKind;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.servicedesk.internal.Survey;
import org.garrison.servicedesk.internal.SurveyAnswers;
import org.garrison.servicedesk.internal.SurveyQuestion;
import org.garrison.servicedesk.internal.SurveySender;
import org.garrison.servicedesk.internal.SurveyState;
import org.garrison.servicedesk.internal.SurveyTemplate;
import org.garrison.servicedesk.internal.SurveyTemplates;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class SurveyApiControllerTests {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    SurveyAnswers answers;

    @Autowired
    SurveySender sender;

    @Autowired
    SurveyTemplates templates;

    @Autowired
    ComplaintQueries queries;

    @BeforeEach
    void fixClock() {
        clock.fix(NOW);
    }

    @Test
    void aClientSeesItsOpenSurveysAndOneWithItsQuestions() throws Exception {
        var survey = survey();
        when(answers.sent(any(), eq(null), eq(null), eq(PageRequest.of(0, 20))))
            .thenReturn(new PageImpl<>(List.of(survey), PageRequest.of(0, 20), 1));
        when(queries.siteNames(any())).thenReturn(Map.of(3L, "滨江花园驻点"));
        mvc.perform(get("/api/v1/servicedesk/surveys").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].state").value("OPEN"))
            .andExpect(jsonPath("$.content[0].siteName").value("滨江花园驻点"))
            .andExpect(jsonPath("$.totalElements").value(1));

        var question = new SurveyQuestion(1L, 1, "门岗值守是否规范？");
        ReflectionTestUtils.setField(question, "id", 31L);
        when(answers.one(any(), eq(8L))).thenReturn(new SurveyAnswers.Answered(survey, List.of(question), Map.of()));
        mvc.perform(get("/api/v1/servicedesk/surveys/8").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.survey.id").value(8))
            .andExpect(jsonPath("$.questions[0].id").value(31))
            .andExpect(jsonPath("$.questions[0].score").doesNotExist());
    }

    @Test
    void handlersFilterByState() throws Exception {
        when(answers.sent(any(), eq(3L), eq(SurveyState.ANSWERED), any())).thenReturn(new PageImpl<>(List.of()));
        mvc.perform(get("/api/v1/servicedesk/surveys").param("siteId", "3").param("state", "ANSWERED")
                .with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content").isEmpty());
        mvc.perform(get("/api/v1/servicedesk/surveys").param("state", "LOST")
                .with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE)))
            .andExpect(status().isBadRequest());
    }

    @Test
    void aClientAnswersAndAnIncompleteAnswerIsRefusedWith422() throws Exception {
        mvc.perform(post("/api/v1/servicedesk/surveys/8/answers").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"scores\": {\"31\": 5}, \"comment\": \"很好\"}"))
            .andExpect(status().isNoContent());
        verify(answers).answerInPortal(any(), eq(8L), eq(Map.of(31L, 5)), eq("很好"));

        doThrow(new DomainException("servicedesk.survey.incomplete")).when(answers).answerInPortal(any(), anyLong(), any(), any());
        mvc.perform(post("/api/v1/servicedesk/surveys/8/answers").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"scores\": {}}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("请为每个问题打 1 到 5 分。"));
        mvc.perform(post("/api/v1/servicedesk/surveys/8/answers").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isBadRequest());
    }

    @Test
    void customerServiceSendsASurveyAndMakesAQuestionnaire() throws Exception {
        when(sender.sendByHand(any(), eq(3L), eq(ServiceKind.GUARDING))).thenReturn("tok123");
        mvc.perform(post("/api/v1/servicedesk/surveys").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"siteId\": 3, \"service\": \"GUARDING\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.link").value("/public/surveys/tok123"));

        mvc.perform(post("/api/v1/servicedesk/survey-templates").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"service\": \"GUARDING\", \"name\": \"\", \"questions\": []}"))
            .andExpect(status().isBadRequest());
        verifyNoInteractions(templates);
    }

    @Test
    void aClientNeitherSendsSurveysNorSeesQuestionnaires() throws Exception {
        mvc.perform(post("/api/v1/servicedesk/surveys").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"siteId\": 3, \"service\": \"GUARDING\"}"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/servicedesk/survey-templates").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/servicedesk/surveys").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isForbidden());
        verifyNoInteractions(sender, templates, answers);
    }

    private static Survey survey() {
        var template = new SurveyTemplate(ServiceKind.GUARDING, "安保服务满意度调查");
        ReflectionTestUtils.setField(template, "id", 1L);
        var survey = new Survey(template, 7, 3, Survey.Reason.SCHEDULE, null, "hash", NOW.minusSeconds(3600),
                NOW.plusSeconds(86400));
        ReflectionTestUtils.setField(survey, "id", 8L);
        return survey;
    }

}
