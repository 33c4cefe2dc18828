package org.garrison.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.util.ReflectionTestUtils;
import org.junit.jupiter.params.provider.CsvSource;

class TrainingRulesTests {

    private final Course course = new Course("JN-01", "保安专业技能", CourseKind.SKILLS, 100, 70, null);

    @ParameterizedTest(name = "score {0} passes: {1}")
    @CsvSource({ "0, false", "69, false", "70, true", "100, true" })
    void aScorePassesFromThePassMarkUpToTheMaximum(int score, boolean passes) {
        assertThat(course.passes(score)).isEqualTo(passes);
    }

    @ParameterizedTest(name = "score {0} is refused")
    @CsvSource({ "101", "-1", "1000" })
    void aScoreOutsideZeroToTheMaximumIsRefused(int score) {
        assertThatThrownBy(() -> new ExamResult(course, 1L, score, LocalDate.of(2026, 11, 1), false))
            .isInstanceOf(DomainException.class)
            .hasMessage("people.exam.scoreRange");
    }

    @ParameterizedTest(name = "max {0}, pass mark {1} is refused")
    @CsvSource({ "100, 101", "0, 0", "100, -1" })
    void aPassMarkAboveTheMaximumIsRefused(int max, int passMark) {
        assertThatThrownBy(() -> new Course("X", "X", CourseKind.REFRESHER, max, passMark, null)).isInstanceOf(DomainException.class);
    }

    @ParameterizedTest(name = "expiring {0}, on {1}: valid {2}, reminder due {3}")
    @CsvSource({ "2026-12-31, 2026-11-30, true, false", "2026-12-31, 2026-12-01, true, true",
            "2026-12-31, 2026-12-31, true, true", "2026-12-31, 2027-01-01, false, false", ", 2040-01-01, true, false" })
    void certificatesAreValidThroughTheirExpiryDayAndRemindedThirtyDaysAhead(LocalDate expires, LocalDate day, boolean valid,
            boolean reminder) {
        var certificate = new Certificate(1L, CertificateKind.FIRE_SAFETY, "XF-1", LocalDate.of(2025, 1, 1), expires, true);
        assertThat(certificate.validOn(day)).isEqualTo(valid);
        assertThat(certificate.reminderDue(day, 30)).isEqualTo(reminder);
    }

    @ParameterizedTest(name = "{0} issued 2026-01-01 expiring {1} is refused")
    @CsvSource({ "GUARD_LICENCE, 2026-01-01", "FIRST_AID, 2025-12-31" })
    void anExpiryNotAfterTheIssueIsRefused(CertificateKind kind, LocalDate expires) {
        assertThatThrownBy(() -> new Certificate(1L, kind, "N", LocalDate.of(2026, 1, 1), expires, false))
            .hasMessage("people.certificate.expiryBeforeIssue");
    }

    @ParameterizedTest(name = "passed {0}, valid {1} months: counts on {2}: {3}")
    @CsvSource({ "2025-11-23, 12, 2026-11-23, false", "2025-11-23, 12, 2026-11-22, true", "2025-11-23, 12, 2027-05-01, false",
            "2025-11-23, , 2040-01-01, true", "2026-01-31, 1, 2026-02-27, true", "2026-01-31, 1, 2026-02-28, false" })
    void aPassCountsUntilTheDayItsValidityInMonthsIsOver(LocalDate passedOn, Integer months, LocalDate day, boolean counts) {
        var course = new Course("FX-01", "年度复训", CourseKind.SKILLS, 100, 60, months);
        assertThat(course.passCountsOn(passedOn, day)).isEqualTo(counts);
        assertThat(course.lapsesOn(passedOn)).isEqualTo(months == null ? null : passedOn.plusMonths(months));
    }

    @ParameterizedTest(name = "validity {0} months is refused")
    @CsvSource({ "0", "-1", "121" })
    void aValidityOutsideOneToTenYearsIsRefused(int months) {
        assertThatThrownBy(() -> new Course("X", "X", CourseKind.SKILLS, 100, 60, months))
            .hasMessage("people.course.validityInvalid");
        assertThatThrownBy(() -> course.changeValidity(months)).hasMessage("people.course.validityInvalid");
        assertThat(course.getValidityMonths()).isNull();
    }

    @Test
    void aPassFromTheRecordsBeforeGarrisonIsMarkedAsSuchWithThePassMarkAsItsScore() {
        ReflectionTestUtils.setField(course, "id", 2L);
        var result = ExamResult.fromPriorRecords(course, 1L, LocalDate.of(2019, 3, 1));
        assertThat(result.isPassed()).isTrue();
        assertThat(result.getScore()).isEqualTo(70);
        assertThat(result.isPriorRecords()).isTrue();
        assertThat(result.snapshot()).containsEntry("source", ExamResult.PRIOR_RECORDS);
        assertThat(new ExamResult(course, 1L, 90, LocalDate.of(2026, 11, 1), false).isPriorRecords()).isFalse();
    }

    @Test
    void aPassTakenOverIsRefusedInTheFutureOrWithoutACourseOfItsKindAndRecordedOnlyOnce() {
        var courses = mock(CourseRepository.class);
        var results = mock(ExamResultRepository.class);
        var training = new Training(courses, mock(TrainingSessionRepository.class), mock(AttendanceRepository.class),
                results, mock(Employees.class), mock(ApplicationEventPublisher.class),
                Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        var employee = mock(Employee.class);
        when(employee.getId()).thenReturn(5L);
        ReflectionTestUtils.setField(course, "id", 2L);
        when(courses.findFirstByKindOrderByIdDesc(CourseKind.SKILLS)).thenReturn(Optional.of(course));
        when(courses.findFirstByKindOrderByIdDesc(CourseKind.ONBOARDING)).thenReturn(Optional.empty());
        when(results.save(any())).thenAnswer(call -> call.getArgument(0));

        assertThatThrownBy(() -> training.takeOverPass(employee, CourseKind.SKILLS, LocalDate.of(2026, 12, 8)))
            .hasMessage("people.exam.priorRecordsFuture");
        assertThatThrownBy(() -> training.takeOverPass(employee, CourseKind.ONBOARDING, LocalDate.of(2026, 12, 7)))
            .hasMessage("people.exam.noOnboardingCourse");
        assertThat(training.takeOverPass(employee, CourseKind.SKILLS, LocalDate.of(2026, 12, 7))).isTrue();
        when(results.existsByEmployeeIdAndCourseIdAndTakenOnAndPassedTrue(5L, 2L, LocalDate.of(2026, 12, 7))).thenReturn(true);
        assertThat(training.takeOverPass(employee, CourseKind.SKILLS, LocalDate.of(2026, 12, 7))).isFalse();
        verify(results, times(1)).save(any());
    }

}
