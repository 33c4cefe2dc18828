package org.garrison.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.garrison.people.DutyClearance;
import org.garrison.people.DutyClearance.Refusal;
import org.garrison.people.EmployeeId;
import org.garrison.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The on-duty gate: an employee may be put on duty only while employed (on probation or active), after
 * passing an onboarding and a skills exam, holding a valid guard licence (保安员证) and no expired
 * required certificate.
 */
@Component
@Transactional(readOnly = true)
public class DutyGate {

    private final EmployeeRepository employees;

    private final ExamResultRepository results;

    private final CourseRepository courses;

    private final CertificateRepository certificates;

    DutyGate(EmployeeRepository employees, ExamResultRepository results, CourseRepository courses,
            CertificateRepository certificates) {
        this.employees = employees;
        this.results = results;
        this.courses = courses;
        this.certificates = certificates;
    }

    public DutyClearance clearance(long employeeId, LocalDate day) {
        var employee = employees.findById(employeeId).orElseThrow(() -> new NotFoundException("entity.employee", employeeId));
        var refusals = new ArrayList<Refusal>();
        if (!employee.getStatus().employed()) {
            refusals.add(refusal("people.gate.notEmployed"));
        }
        Set<CourseKind> passed = passedKinds(employeeId);
        if (!passed.contains(CourseKind.ONBOARDING)) {
            refusals.add(refusal("people.gate.onboardingExam"));
        }
        if (!passed.contains(CourseKind.SKILLS)) {
            refusals.add(refusal("people.gate.skillsExam"));
        }
        List<Certificate> held = certificates.findByEmployeeIdOrderByKindAscIssuedOnDesc(employeeId);
        boolean licensed = held.stream().anyMatch(c -> c.getKind() == CertificateKind.GUARD_LICENCE && c.validOn(day));
        if (!licensed) {
            boolean expired = held.stream().anyMatch(c -> c.getKind() == CertificateKind.GUARD_LICENCE);
            refusals.add(refusal(expired ? "people.gate.guardLicenceExpired" : "people.gate.noGuardLicence"));
        }
        held.stream()
            .filter(c -> c.isRequired() && c.getKind() != CertificateKind.GUARD_LICENCE && !c.validOn(day))
            .filter(c -> held.stream().noneMatch(other -> other.getKind() == c.getKind() && other.validOn(day)))
            .forEach(c -> refusals.add(refusal("people.gate.certificateExpired", c.getCertNumber())));
        return new DutyClearance(new EmployeeId(employeeId), refusals);
    }

    private Set<CourseKind> passedKinds(long employeeId) {
        Map<Long, CourseKind> kinds = courses.findAll().stream().collect(Collectors.toMap(Course::getId, Course::getKind));
        return results.findByEmployeeIdOrderByTakenOnDesc(employeeId)
            .stream()
            .filter(ExamResult::isPassed)
            .map(r -> kinds.get(r.getCourseId()))
            .collect(Collectors.toSet());
    }

    private static Refusal refusal(String key, String... args) {
        return new Refusal(key, List.of(args));
    }

}
