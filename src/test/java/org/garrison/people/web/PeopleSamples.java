package org.garrison.people.web;

import java.time.LocalDate;

import org.garrison.people.internal.Applicant;
import org.garrison.people.internal.Course;
import org.garrison.people.internal.CourseKind;
import org.garrison.people.internal.Education;
import org.garrison.people.internal.Employee;
import org.garrison.people.internal.RecruitmentChannel;
import org.garrison.people.internal.ResidentId;
import org.springframework.test.util.ReflectionTestUtils;

/** Records for web slices, as the services would return them. */
final class PeopleSamples {

    private PeopleSamples() {
    }

    static Applicant applicant() {
        var applicant = new Applicant(3L, 7L, "邓志刚", ResidentId.of("440304198106151238"), "13800000001", 165,
                Education.SENIOR_HIGH, RecruitmentChannel.REFERRAL, LocalDate.of(2026, 11, 1));
        ReflectionTestUtils.setField(applicant, "id", 41L);
        return applicant;
    }

    static Employee employee() {
        var employee = new Employee("何勇", ResidentId.of("440304198106151238"), "13800000002", 1L, LocalDate.of(2025, 3, 1), null);
        ReflectionTestUtils.setField(employee, "id", 17L);
        return employee;
    }

    static Course course() {
        var course = new Course("JN-01", "保安专业技能", CourseKind.SKILLS, 100, 70, null);
        ReflectionTestUtils.setField(course, "id", 5L);
        return course;
    }

}
