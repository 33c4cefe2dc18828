package org.garrison.people.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
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

import java.time.LocalDate;
import java.util.List;

import org.garrison.organisation.OrganisationPermissions;
import org.garrison.patrols.PatrolPermissions;
import org.garrison.people.PeoplePermissions;
import org.garrison.people.internal.OnlineExams;
import org.garrison.people.internal.PeopleQueries;
import org.garrison.people.internal.Training;
import org.garrison.people.internal.TrainingLapses;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class TrainingControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void fixClock() {
        clock.fix(PeopleSliceClock.NOW);
    }

    @Autowired
    Training training;

    @Autowired
    PeopleQueries queries;

    @Autowired
    OnlineExams exams;

    @Autowired
    TrainingLapses lapses;

    @Test
    void aTrainerAddsAQuestionToTheOnlineExamAndAnIncompleteOneIsRefused() throws Exception {
        mvc.perform(post("/people/training/courses/5/questions").with(withPermissions(PeoplePermissions.TRAINING_MANAGE)).with(csrf())
            .param("question", "发现火情时首先应当怎么做？").param("optionA", "继续巡逻").param("optionB", "立即报警并报告上级")
            .param("optionC", "拍照").param("optionD", "等待交班").param("correct", "B"))
            .andExpect(redirectedUrl("/people/training/courses/5"));
        verify(exams).addQuestion(5L, "发现火情时首先应当怎么做？", List.of("继续巡逻", "立即报警并报告上级", "拍照", "等待交班"), "B");
        mvc.perform(post("/people/training/courses/5/questions").with(withPermissions(PeoplePermissions.TRAINING_MANAGE)).with(csrf())
            .param("question", "题目").param("correct", "E"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert alert-danger\">选项 A: ")));
        verify(exams, never()).addQuestion(anyLong(), eq("题目"), any(), any());
    }

    @BeforeEach
    void data() {
        when(training.courses()).thenReturn(List.of(PeopleSamples.course()));
        when(training.course(5L)).thenReturn(PeopleSamples.course());
        when(queries.employees(any(), any(), any())).thenReturn(List.of(PeopleSamples.employee()));
    }

    @Test
    void trainersSeeCoursesAndACourseWithItsPassMark() throws Exception {
        mvc.perform(get("/people/training").with(withPermissions(PeoplePermissions.TRAINING_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-course=\"JN-01\"")));
        mvc.perform(get("/people/training/courses/5").with(withPermissions(PeoplePermissions.TRAINING_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("及格分 70")));
    }

    @Test
    void attendanceWithoutATraineeIsRefusedOnTheCoursePageAndNothingIsMarked() throws Exception {
        mvc.perform(post("/people/training/sessions/9/attendance").with(withPermissions(PeoplePermissions.TRAINING_MANAGE))
            .with(csrf()).param("present", "true").param("courseId", "5"))
            .andExpect(redirectedUrl("/people/training/courses/5"))
            .andExpect(flash().attribute("problem", "people.attendance.employeeMissing"));
        verify(training, never()).markAttendance(any(), anyLong(), anyLong(), org.mockito.ArgumentMatchers.anyBoolean());
        mvc.perform(post("/people/training/sessions/9/attendance").with(withPermissions(PeoplePermissions.TRAINING_MANAGE))
            .with(csrf()).param("employeeId", "17").param("present", "true").param("courseId", "5"))
            .andExpect(redirectedUrl("/people/training/courses/5"))
            .andExpect(flash().attribute("flash", "common.saved"));
        verify(training).markAttendance(any(), eq(9L), eq(17L), eq(true));
    }

    @Test
    void aScoreAboveTheMaximumIsShownAsRefused() throws Exception {
        when(training.recordScore(any(), eq(5L), eq(17L), eq(101), any()))
            .thenThrow(new DomainException("people.exam.scoreRange", 101, 100));
        mvc.perform(post("/people/training/courses/5/scores").with(withPermissions(PeoplePermissions.TRAINING_MANAGE)).with(csrf())
            .param("employeeId", "17").param("score", "101").param("takenOn", "2026-11-20"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("超出 0 至满分 100 的范围")));
        mvc.perform(post("/people/training/courses/5/scores").with(withPermissions(PeoplePermissions.TRAINING_MANAGE)).with(csrf())
            .param("employeeId", "17").param("score", "88").param("takenOn", "2026-11-20"))
            .andExpect(redirectedUrl("/people/training/courses/5"));
        verify(training).recordScore(any(), eq(5L), eq(17L), eq(88), eq(LocalDate.of(2026, 11, 20)));
    }

    @Test
    void aCourseWithAPassMarkAboveTheMaximumIsRefused() throws Exception {
        when(training.createCourse(any(), any(), any(), anyInt(), anyInt(), any()))
            .thenThrow(new DomainException("people.course.passMarkInvalid"));
        mvc.perform(post("/people/training/courses").with(withPermissions(PeoplePermissions.TRAINING_MANAGE)).with(csrf())
            .param("code", "X").param("title", "X").param("kind", "SKILLS").param("maxScore", "50").param("passMark", "60"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("及格分须在 0 与满分之间")));
    }

    @Test
    void aTrainerSetsForHowManyMonthsAPassCountsOrClearsIt() throws Exception {
        mvc.perform(post("/people/training/courses/5/validity").with(withPermissions(PeoplePermissions.TRAINING_MANAGE)).with(csrf())
            .param("validityMonths", "12"))
            .andExpect(redirectedUrl("/people/training/courses/5"));
        verify(training).changeValidity(5L, 12);
        mvc.perform(post("/people/training/courses/5/validity").with(withPermissions(PeoplePermissions.TRAINING_MANAGE)).with(csrf())
            .param("validityMonths", ""))
            .andExpect(redirectedUrl("/people/training/courses/5"));
        verify(training).changeValidity(5L, null);
        mvc.perform(get("/people/training/courses/5").with(withPermissions(PeoplePermissions.TRAINING_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"validity-form\"")))
            .andExpect(content().string(containsString("长期有效")));
    }

    @Test
    void aValidityOutsideOneToOneHundredTwentyMonthsIsShownAndNothingChanges() throws Exception {
        for (String months : List.of("0", "121")) {
            mvc.perform(post("/people/training/courses/5/validity").with(withPermissions(PeoplePermissions.TRAINING_MANAGE)).with(csrf())
                .param("validityMonths", months))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alert alert-danger\">有效期（月）: ")));
        }
        verify(training, never()).changeValidity(anyLong(), any());
    }

    @Test
    void guardsClientsAndHrMayNotChangeHowLongAPassCounts() throws Exception {
        for (var who : List.of(withPermissions(PeoplePermissions.PEOPLE_VIEW, SiteOpsPermissions.SITEOPS_RECORD, PatrolPermissions.PATROL_SCAN),
                as(ScopeLevel.CLIENT, 1L, OrganisationPermissions.CLIENTS_VIEW, ServiceDeskPermissions.COMPLAINTS_FILE),
                withPermissions(PeoplePermissions.PEOPLE_VIEW, PeoplePermissions.EMPLOYEES_MANAGE, PeoplePermissions.RECRUITMENT_MANAGE))) {
            mvc.perform(post("/people/training/courses/5/validity").with(who).with(csrf()).param("validityMonths", "1"))
                .andExpect(status().isForbidden());
        }
        verify(training, never()).changeValidity(anyLong(), any());
    }

    @Test
    void theCoursesPageListsTheRefreshersDueOfEmployeesInScope() throws Exception {
        var course = PeopleSamples.course();
        when(lapses.due(LocalDate.of(2026, 11, 23))).thenReturn(List.of(
                new TrainingLapses.Due(17L, course, LocalDate.of(2025, 11, 1), LocalDate.of(2026, 11, 1), true),
                new TrainingLapses.Due(99L, course, LocalDate.of(2025, 11, 1), LocalDate.of(2026, 11, 1), true)));
        mvc.perform(get("/people/training").with(withPermissions(PeoplePermissions.TRAINING_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-employee=\"17\"")))
            .andExpect(content().string(containsString("已于 2026年11月1日 过期")))
            .andExpect(content().string(not(containsString("data-employee=\"99\""))));
    }

    @Test
    void onlyTrainersManageTraining() throws Exception {
        mvc.perform(get("/people/training").with(withPermissions(PeoplePermissions.PEOPLE_VIEW))).andExpect(status().isForbidden());
        mvc.perform(post("/people/training/courses/5/scores").with(withPermissions(PeoplePermissions.EMPLOYEES_MANAGE)).with(csrf())
            .param("employeeId", "17").param("score", "88").param("takenOn", "2026-11-20"))
            .andExpect(status().isForbidden());
        verify(training, never()).recordScore(any(), anyLong(), anyLong(), anyInt(), any());
    }

}
