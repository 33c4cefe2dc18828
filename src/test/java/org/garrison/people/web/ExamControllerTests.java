package org.garrison.people.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
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
import java.util.Map;

import org.garrison.organisation.OrganisationPermissions;
import org.garrison.people.PeoplePermissions;
import org.garrison.people.internal.ExamQuestion;
import org.garrison.people.internal.ExamResult;
import org.garrison.people.internal.OnlineExams;
import org.garrison.people.internal.Training;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ExamControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OnlineExams exams;

    @Autowired
    Training training;

    @BeforeEach
    void data() {
        var question = new ExamQuestion(5L, 1, "发现火情时首先应当怎么做？", List.of("继续巡逻", "立即报警并报告上级", "拍照", "等待交班"), "B");
        ReflectionTestUtils.setField(question, "id", 31L);
        when(exams.questions(5L)).thenReturn(List.of(question));
        when(training.course(5L)).thenReturn(PeopleSamples.course());
    }

    @Test
    void aGuardTakesTheExamOnThePhoneAndIsToldTheScore() throws Exception {
        mvc.perform(get("/people/exams/5").with(as(ScopeLevel.OWN, 7L, PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("name=\"answers[31]\"")));
        when(exams.submit(any(), eq(5L), eq(Map.of(31L, "B"))))
            .thenReturn(new ExamResult(PeopleSamples.course(), 17L, 100, LocalDate.of(2026, 11, 21), true));
        mvc.perform(post("/people/exams/5").with(as(ScopeLevel.OWN, 7L, PeoplePermissions.PEOPLE_VIEW)).with(csrf())
            .param("answers[31]", "B").param("unrelated", "x"))
            .andExpect(redirectedUrl("/people/exams"))
            .andExpect(flash().attribute("flash", "people.exam.passed"))
            .andExpect(flash().attribute("score", "100 / 100"));
        verify(exams).submit(any(), eq(5L), eq(Map.of(31L, "B")));
    }

    @Test
    void aRefusedExamComesBackWithTheAnswersChosenAndTheReasonInChinese() throws Exception {
        when(exams.submit(any(), eq(5L), eq(Map.of(31L, "C"))))
            .thenThrow(new DomainException("people.exam.notAnEmployee"));
        mvc.perform(post("/people/exams/5").with(as(ScopeLevel.OWN, 7L, PeoplePermissions.PEOPLE_VIEW)).with(csrf())
            .param("answers[31]", "C"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("只有员工才能参加考试。")))
            .andExpect(content().string(containsString("value=\"C\" name=\"answers[31]\" checked")));
    }

    @Test
    void clientsTakeNoExams() throws Exception {
        mvc.perform(get("/people/exams").with(as(ScopeLevel.CLIENT, 1L, OrganisationPermissions.CLIENTS_VIEW)))
            .andExpect(status().isForbidden());
    }

}
