package org.garrison.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.garrison.people.ClearanceBook;
import org.garrison.people.DutyClearance;
import org.garrison.people.DutyClearance.Refusal;
import org.garrison.people.EmployeeId;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The on-duty gate: an employee may be put on duty only while employed (on probation or active), with a
 * pass of an onboarding and of a skills exam that has not lapsed (a course may require a refresher every
 * so many months), holding a valid guard licence (保安员证), no expired required certificate and a valid
 * certificate of each kind the post requires.
 */
@Component
@Transactional(readOnly = true)
public class DutyGate {

    private final EmployeeRepository employees;

    private final ExamResultRepository results;

    private final CourseRepository courses;

    private final CertificateRepository certificates;

    private final PostRequirements postRequirements;

    private final Clock clock;

    DutyGate(EmployeeRepository employees, ExamResultRepository results, CourseRepository courses,
            CertificateRepository certificates, PostRequirements postRequirements, Clock clock) {
        this.clock = clock;
        this.employees = employees;
        this.results = results;
        this.courses = courses;
        this.certificates = certificates;
        this.postRequirements = postRequirements;
    }

    /** Whether the employee may be on duty on a day at the post they hold now (if any). */
    public DutyClearance clearance(long employeeId, LocalDate day) {
        return clearance(employeeId, day, employee(employeeId).getPostId());
    }

    /** Whether the employee may be on duty today (the business day) at the post they hold now. */
    public DutyClearance clearanceToday(long employeeId) {
        return clearance(employeeId, LocalDate.now(clock));
    }

    /** Whether the employee may be put on duty on a day at a post (or at a site without a post). */
    public DutyClearance clearance(long employeeId, LocalDate day, @Nullable Long postId) {
        return evaluate(employee(employeeId), passes(List.of(employeeId), courses()).getOrDefault(employeeId, List.of()),
                certificates.findByEmployeeIdOrderByKindAscIssuedOnDesc(employeeId), postRequirements.of(postId), day);
    }

    /**
     * The gate for many employees at once, for a roster of a month: their records are read in four queries, each
     * post's requirements once, and every answer is then worked out in memory exactly as {@link #clearance(long,
     * LocalDate, Long)} would.
     */
    public ClearanceBook book(Collection<EmployeeId> ids) {
        var keys = ids.stream().map(EmployeeId::value).distinct().toList();
        var staff = employees.findAllById(keys).stream().collect(Collectors.toMap(Employee::getId, Function.identity()));
        var passes = passes(keys, courses());
        var held = certificates.findByEmployeeIdInOrderByKindAscIssuedOnDesc(keys)
            .stream()
            .collect(Collectors.groupingBy(Certificate::getEmployeeId));
        var requirements = new ConcurrentHashMap<Long, Set<CertificateKind>>();
        return (employee, day, post) -> {
            var found = staff.get(employee.value());
            if (found == null) {
                throw new NotFoundException("entity.employee", employee.value());
            }
            Set<CertificateKind> required = post == null ? Set.of()
                    : requirements.computeIfAbsent(post.value(), postRequirements::of);
            return evaluate(found, passes.getOrDefault(employee.value(), List.of()),
                    held.getOrDefault(employee.value(), List.of()), required, day);
        };
    }

    private static DutyClearance evaluate(Employee employee, List<Pass> passes, List<Certificate> held,
            Set<CertificateKind> postRequires, LocalDate day) {
        var refusals = new ArrayList<Refusal>();
        if (!employee.getStatus().employed()) {
            refusals.add(refusal("people.gate.notEmployed"));
        }
        training(passes, CourseKind.ONBOARDING, day, "people.gate.onboardingExam").ifPresent(refusals::add);
        training(passes, CourseKind.SKILLS, day, "people.gate.skillsExam").ifPresent(refusals::add);
        boolean licensed = held.stream().anyMatch(c -> c.getKind() == CertificateKind.GUARD_LICENCE && c.validOn(day));
        if (!licensed) {
            boolean expired = held.stream().anyMatch(c -> c.getKind() == CertificateKind.GUARD_LICENCE);
            refusals.add(refusal(expired ? "people.gate.guardLicenceExpired" : "people.gate.noGuardLicence"));
        }
        held.stream()
            .filter(c -> c.isRequired() && c.getKind() != CertificateKind.GUARD_LICENCE && !c.validOn(day))
            .filter(c -> held.stream().noneMatch(other -> other.getKind() == c.getKind() && other.validOn(day)))
            .forEach(c -> refusals.add(refusal("people.gate.certificateExpired", c.getCertNumber())));
        postRequires.stream()
            .sorted()
            .filter(kind -> held.stream().noneMatch(c -> c.getKind() == kind && c.validOn(day)))
            .forEach(kind -> refusals.add(refusal("people.gate.postRequires." + kind.name())));
        return new DutyClearance(new EmployeeId(employee.getId()), refusals);
    }

    private Employee employee(long employeeId) {
        return employees.findById(employeeId).orElseThrow(() -> new NotFoundException("entity.employee", employeeId));
    }

    /**
     * Refuses unless a pass of a course of the kind still counts on the day; when every pass of that kind
     * has lapsed, names the course and the day its newest pass lapsed.
     */
    private static Optional<Refusal> training(List<Pass> passes, CourseKind kind, LocalDate day, String neverPassed) {
        var ofKind = passes.stream().filter(p -> p.course().getKind() == kind).toList();
        if (ofKind.stream().anyMatch(p -> p.countsOn(day))) {
            return Optional.empty();
        }
        return ofKind.stream()
            .max(Comparator.comparing(Pass::lapsesOn))
            .map(p -> refusal("people.gate.trainingLapsed", p.course().getTitle(), p.lapsesOn().toString()))
            .or(() -> Optional.of(refusal(neverPassed)));
    }

    private Map<Long, Course> courses() {
        return courses.findAll().stream().collect(Collectors.toMap(Course::getId, Function.identity()));
    }

    /** The passed exams of each employee, newest first. */
    private Map<Long, List<Pass>> passes(Collection<Long> employeeIds, Map<Long, Course> byId) {
        return results.findByEmployeeIdInOrderByTakenOnDesc(employeeIds)
            .stream()
            .filter(ExamResult::isPassed)
            .collect(Collectors.groupingBy(ExamResult::getEmployeeId,
                    Collectors.mapping(r -> new Pass(byId.get(r.getCourseId()), r.getTakenOn()), Collectors.toList())));
    }

    private record Pass(Course course, LocalDate takenOn) {

        boolean countsOn(LocalDate day) {
            return course.passCountsOn(takenOn, day);
        }

        /** The day the pass lapses; {@link LocalDate#MAX} for one that never does. */
        LocalDate lapsesOn() {
            return Objects.requireNonNullElse(course.lapsesOn(takenOn), LocalDate.MAX);
        }

    }

    private static Refusal refusal(String key, String... args) {
        return new Refusal(key, List.of(args));
    }

}
