package org.garrison.people.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItems;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.garrison.people.PeoplePermissions;
import org.garrison.people.internal.CourseKind;
import org.garrison.people.internal.ExamQuestion;
import org.garrison.people.internal.ExamResult;
import org.garrison.people.internal.OnlineExams;
import org.garrison.people.internal.Training;
import org.garrison.people.internal.TrainingRecords;
import org.garrison.people.internal.TrainingSession;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class TrainingApiControllerTests {

    private static final String COURSE = """
            {"code": "XF-01", "title": "消防安全基础", "kind": "SKILLS", "maxScore": 100, "passMark": 60, "validityMonths": 12}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    Training training;

    @Autowired
    OnlineExams exams;

    @Autowired
    TrainingRecords records;

    @Test
    void theTrainerListsCoursesByKindAndTextFilteredInTheQuery() throws Exception {
        when(training.courses(CourseKind.SKILLS, "jn", PageRequest.of(0, 20)))
            .thenReturn(new PageImpl<>(List.of(PeopleSamples.course()), PageRequest.of(0, 20), 1));
        mvc.perform(get("/api/v1/people/courses").param("kind", "SKILLS").param("q", "jn")
                .with(withPermissions(PeoplePermissions.TRAINING_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].code").value("JN-01"))
            .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/people/courses").param("kind", "GOOD").with(withPermissions(PeoplePermissions.TRAINING_MANAGE)))
            .andExpect(status().isBadRequest());
    }

    @Test
    void theTrainerCreatesACourseAndATakenCodeIsRefusedWith422() throws Exception {
        when(training.createCourse("XF-01", "消防安全基础", CourseKind.SKILLS, 100, 60, 12)).thenReturn(PeopleSamples.course());
        mvc.perform(post("/api/v1/people/courses").with(withPermissions(PeoplePermissions.TRAINING_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content(COURSE))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", endsWith("/api/v1/people/courses/5")));

        when(training.createCourse(any(), any(), any(), anyInt(), anyInt(), any()))
            .thenThrow(new DomainException("people.course.duplicate", "XF-01"));
        mvc.perform(post("/api/v1/people/courses").with(withPermissions(PeoplePermissions.TRAINING_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content(COURSE))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("编号为 XF-01 的课程已存在。"));
    }

    @Test
    void anInvalidCourseOrSessionIsRefusedFieldByField() throws Exception {
        mvc.perform(post("/api/v1/people/courses").with(withPermissions(PeoplePermissions.TRAINING_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"\", \"maxScore\": 0}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(hasItems("code", "title", "kind", "maxScore", "passMark")));
        mvc.perform(post("/api/v1/people/courses/5/sessions").with(withPermissions(PeoplePermissions.TRAINING_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"trainer\": \"\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(hasItems("trainer", "heldOn", "place")));
        verifyNoInteractions(training);
    }

    @Test
    void sessionsAttendanceQuestionsAndScoresGoThroughTheTrainingService() throws Exception {
        var session = new TrainingSession(5, "刘教官", LocalDate.of(2026, 12, 9), "总部三楼培训室");
        ReflectionTestUtils.setField(session, "id", 14L);
        when(training.planSession(5, "刘教官", LocalDate.of(2026, 12, 9), "总部三楼培训室")).thenReturn(session);
        mvc.perform(post("/api/v1/people/courses/5/sessions").with(withPermissions(PeoplePermissions.TRAINING_MANAGE))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"trainer\": \"刘教官\", \"heldOn\": \"2026-12-09\", \"place\": \"总部三楼培训室\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.id").value(14));

        mvc.perform(put("/api/v1/people/sessions/14/attendance").with(withPermissions(PeoplePermissions.TRAINING_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"employeeId\": 17, \"present\": true}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.present").value(true));
        verify(training).markAttendance(any(), eq(14L), eq(17L), eq(true));

        var question = new ExamQuestion(5, 1, "发现火情首先应该做什么？", List.of("报警", "逃离", "拍照", "等待"), "A");
        ReflectionTestUtils.setField(question, "id", 33L);
        when(exams.questionsOf(5)).thenReturn(List.of(question));
        mvc.perform(get("/api/v1/people/courses/5/questions").with(withPermissions(PeoplePermissions.TRAINING_MANAGE)))
            .andExpect(jsonPath("$[0].correct").value("A"));

        var result = new ExamResult(PeopleSamples.course(), 17, 86, LocalDate.of(2026, 12, 9), false);
        ReflectionTestUtils.setField(result, "id", 301L);
        when(records.results(any(), eq(5L), eq(null), eq(true), eq(PageRequest.of(0, 20))))
            .thenReturn(new PageImpl<>(List.of(result), PageRequest.of(0, 20), 1));
        mvc.perform(get("/api/v1/people/exam-results").param("courseId", "5").param("passed", "true")
                .with(withPermissions(PeoplePermissions.TRAINING_MANAGE)))
            .andExpect(jsonPath("$.content[0].score").value(86))
            .andExpect(jsonPath("$.content[0].passed").value(true));
    }

    @Test
    void aCoursesSessionsArePagedInTheQuery() throws Exception {
        var session = new TrainingSession(5, "刘教官", LocalDate.of(2026, 12, 9), "总部三楼培训室");
        ReflectionTestUtils.setField(session, "id", 14L);
        when(training.course(5)).thenReturn(PeopleSamples.course());
        when(training.sessions(5, PageRequest.of(2, 1))).thenReturn(new PageImpl<>(List.of(session), PageRequest.of(2, 1), 7));
        mvc.perform(get("/api/v1/people/courses/5/sessions").param("page", "2").param("size", "1")
                .with(withPermissions(PeoplePermissions.TRAINING_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].id").value(14))
            .andExpect(jsonPath("$.page").value(2))
            .andExpect(jsonPath("$.totalElements").value(7))
            .andExpect(jsonPath("$.totalPages").value(7));
        when(training.course(6)).thenThrow(new NotFoundException("entity.course", 6L));
        mvc.perform(get("/api/v1/people/courses/6/sessions").with(withPermissions(PeoplePermissions.TRAINING_MANAGE)))
            .andExpect(status().isNotFound());
    }

    @Test
    void aTraineeOutsideTheScopeIsNotFoundAndAScoreAboveTheMaximumIsRefused() throws Exception {
        doThrow(new NotFoundException("entity.employee", 18L)).when(training).markAttendance(any(), eq(14L), eq(18L), eq(true));
        mvc.perform(put("/api/v1/people/sessions/14/attendance").with(as(ScopeLevel.SITE, 7L, PeoplePermissions.TRAINING_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"employeeId\": 18, \"present\": true}"))
            .andExpect(status().isNotFound());
        when(training.recordScore(any(), eq(5L), eq(17L), eq(120), any())).thenThrow(new DomainException("people.exam.scoreRange", 120, 100));
        mvc.perform(post("/api/v1/people/courses/5/scores").with(withPermissions(PeoplePermissions.TRAINING_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"employeeId\": 17, \"score\": 120, \"takenOn\": \"2026-12-09\"}"))
            .andExpect(status().isUnprocessableContent());
    }

    @Test
    void onlyThoseWhoManageTrainingReachIt() throws Exception {
        mvc.perform(get("/api/v1/people/courses").with(withPermissions(PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/courses").with(withPermissions(PeoplePermissions.PEOPLE_VIEW))
                .contentType(MediaType.APPLICATION_JSON).content(COURSE))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/exam-results").with(as(ScopeLevel.CLIENT, 1L)))
            .andExpect(status().isForbidden());
        verifyNoInteractions(training, records);
        verify(exams, org.mockito.Mockito.never()).addQuestion(anyLong(), any(), any(), any());
    }

}
