package org.garrison.people.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.garrison.people.PeoplePermissions;
import org.garrison.people.internal.ExamQuestion;
import org.garrison.people.internal.ExamResult;
import org.garrison.people.internal.OnlineExams;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ExamApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OnlineExams exams;

    @Test
    void aGuardSeesTheQuestionsWithoutTheAnswersAndGetsTheScore() throws Exception {
        var question = new ExamQuestion(5, 1, "发现火情首先应该做什么？", List.of("报警", "逃离", "拍照", "等待"), "A");
        ReflectionTestUtils.setField(question, "id", 33L);
        when(exams.questions(5)).thenReturn(List.of(question));
        mvc.perform(get("/api/v1/people/exams/5").with(as(ScopeLevel.OWN, null, PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].options[0]").value("报警"))
            .andExpect(jsonPath("$[0].correct").doesNotExist());

        var result = new ExamResult(PeopleSamples.course(), 17, 100, LocalDate.of(2026, 12, 7), true);
        ReflectionTestUtils.setField(result, "id", 302L);
        when(exams.submit(any(), eq(5L), eq(Map.of(33L, "A")))).thenReturn(result);
        mvc.perform(post("/api/v1/people/exams/5").with(as(ScopeLevel.OWN, null, PeoplePermissions.PEOPLE_VIEW))
                .contentType(MediaType.APPLICATION_JSON).content("{\"answers\": {\"33\": \"A\"}}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.score").value(100))
            .andExpect(jsonPath("$.passed").value(true))
            .andExpect(jsonPath("$.online").value(true));
    }

    @Test
    void someoneWhoIsNoEmployeeIsRefusedWith422AndMissingAnswersWith400() throws Exception {
        when(exams.submit(any(), eq(5L), any())).thenThrow(new DomainException("people.exam.notAnEmployee"));
        mvc.perform(post("/api/v1/people/exams/5").with(withPermissions(PeoplePermissions.PEOPLE_VIEW))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{\"answers\": {}}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("Only an employee can take an exam."));
        mvc.perform(post("/api/v1/people/exams/5").with(withPermissions(PeoplePermissions.PEOPLE_VIEW))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isBadRequest());
    }

    @Test
    void aClientUserTakesNoExams() throws Exception {
        mvc.perform(get("/api/v1/people/exams").with(as(ScopeLevel.CLIENT, 1L))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/exams/5").with(as(ScopeLevel.CLIENT, 1L))
                .contentType(MediaType.APPLICATION_JSON).content("{\"answers\": {}}"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(exams);
    }

}
