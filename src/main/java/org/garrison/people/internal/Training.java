package org.garrison.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.Like;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Courses, sessions with attendance, and exam results (entered, or scored from the online exam). */
@Service
@Transactional
public class Training {

    private final CourseRepository courses;

    private final TrainingSessionRepository sessions;

    private final AttendanceRepository attendance;

    private final ExamResultRepository results;

    private final Employees employees;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Training(CourseRepository courses, TrainingSessionRepository sessions, AttendanceRepository attendance,
            ExamResultRepository results, Employees employees, ApplicationEventPublisher events, Clock clock) {
        this.courses = courses;
        this.sessions = sessions;
        this.attendance = attendance;
        this.results = results;
        this.employees = employees;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a course; a pass of it lapses after the validity in months ({@code null}: never). */
    public Course createCourse(String code, String title, CourseKind kind, int maxScore, int passMark,
            @Nullable Integer validityMonths) {
        if (courses.findByCode(code.strip()).isPresent()) {
            throw new DomainException("people.course.duplicate", code.strip());
        }
        var course = courses.save(new Course(code.strip(), title.strip(), kind, maxScore, passMark,
                validityMonths));
        events.publishEvent(AuditedChange.of("CREATE", "Course", course.getId(), course.getTitle(), null, course.snapshot()));
        return course;
    }

    /**
     * Changes for how many months a pass of the course counts ({@code null}: never lapses); applies to
     * passes already taken, so the on-duty gate may clear or refuse guards differently from now on.
     */
    public Course changeValidity(long courseId, @Nullable Integer validityMonths) {
        var course = course(courseId);
        var before = course.snapshot();
        course.changeValidity(validityMonths);
        events.publishEvent(AuditedChange.of("UPDATE", "Course", course.getId(), course.getTitle(), before, course.snapshot()));
        return course;
    }

    public TrainingSession planSession(long courseId, String trainer, LocalDate heldOn, String place) {
        var course = course(courseId);
        var session = sessions.save(new TrainingSession(course.getId(), trainer.strip(), heldOn, place.strip()));
        events.publishEvent(AuditedChange.of("CREATE", "TrainingSession", session.getId(), course.getTitle(), null,
                Map.of("courseId", courseId, "trainer", trainer, "heldOn", heldOn, "place", place)));
        return session;
    }

    /** Marks a trainee present or absent at a session. */
    public void markAttendance(DataScope scope, long sessionId, long employeeId, boolean present) {
        var session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("entity.trainingSession", sessionId));
        var employee = employees.get(scope, employeeId);
        attendance.findBySessionIdAndEmployeeId(sessionId, employeeId)
            .ifPresentOrElse(a -> a.mark(present), () -> attendance.save(new Attendance(sessionId, employeeId, present)));
        events.publishEvent(AuditedChange.of("ATTENDANCE", "TrainingSession", session.getId(), employee.getFullName(),
                null, Map.of("employeeId", employeeId, "present", present)));
    }

    /** Records a trainee's score; refuses one above the course's maximum (nothing is stored). */
    public ExamResult recordScore(DataScope scope, long courseId, long employeeId, int score, LocalDate takenOn) {
        var employee = employees.get(scope, employeeId);
        return save(course(courseId), employee, score, takenOn, false);
    }

    /**
     * Takes over a pass of the newest course of the kind on the day from the records kept before Garrison (moving
     * in); nothing when the employee has a pass of that course on that day already.
     *
     * @return whether a result was recorded
     * @throws DomainException when the day is after today or the company has no course of the kind
     */
    public boolean takeOverPass(Employee employee, CourseKind kind, LocalDate passedOn) {
        if (passedOn.isAfter(LocalDate.now(clock))) {
            throw new DomainException("people.exam.priorRecordsFuture", passedOn.toString());
        }
        var course = courses.findFirstByKindOrderByIdDesc(kind).orElseThrow(() -> new DomainException(switch (kind) {
            case ONBOARDING -> "people.exam.noOnboardingCourse";
            case SKILLS -> "people.exam.noSkillsCourse";
            case REFRESHER -> "people.exam.noRefresherCourse";
        }));
        if (results.existsByEmployeeIdAndCourseIdAndTakenOnAndPassedTrue(employee.getId(), course.getId(), passedOn)) {
            return false;
        }
        audited(results.save(ExamResult.fromPriorRecords(course, employee.getId(), passedOn)), course, employee);
        return true;
    }

    /**
     * Scores an online multiple-choice exam taken by the employee themself: one point per right answer,
     * scaled to the course's maximum.
     *
     * @param answers the chosen option (A–D) per question id; unanswered questions score nothing
     */
    public ExamResult submitOnline(Employee employee, long courseId, Map<Long, String> answers, List<ExamQuestion> questions) {
        var course = course(courseId);
        if (questions.isEmpty()) {
            throw new DomainException("people.exam.noQuestions");
        }
        long right = questions.stream().filter(q -> q.answeredBy(answers.getOrDefault(q.getId(), ""))).count();
        int score = (int) Math.round(right * (double) course.getMaxScore() / questions.size());
        return save(course, employee, score, LocalDate.now(clock), true);
    }

    @Transactional(readOnly = true)
    public List<Course> courses() {
        return courses.findAll(Sort.by("kind", "code"));
    }

    /** One page of the courses by kind and code, optionally of one kind or matching a code or title; paged in the query. */
    @Transactional(readOnly = true)
    public Page<Course> courses(@Nullable CourseKind kind, @Nullable String text, Pageable pageable) {
        Specification<Course> where = (root, query, cb) -> kind == null ? cb.conjunction() : cb.equal(root.get("kind"), kind);
        String like = Like.containingLowerCase(text);
        if (like != null) {
            where = where.and((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("code")), like, Like.ESCAPE),
                    cb.like(cb.lower(root.get("title")), like, Like.ESCAPE)));
        }
        return courses.findAll(where, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by("kind", "code", "id")));
    }

    @Transactional(readOnly = true)
    public Course course(long id) {
        return courses.findById(id).orElseThrow(() -> new NotFoundException("entity.course", id));
    }

    @Transactional(readOnly = true)
    public List<TrainingSession> sessions(long courseId) {
        return sessions.findByCourseIdOrderByHeldOnDesc(courseId);
    }

    /** One page of a course's sessions, the latest first; paged in the query. */
    @Transactional(readOnly = true)
    public Page<TrainingSession> sessions(long courseId, Pageable pageable) {
        return sessions.findByCourseId(courseId, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "heldOn", "id")));
    }

    @Transactional(readOnly = true)
    public List<Attendance> attendance(long sessionId) {
        return attendance.findBySessionId(sessionId);
    }

    @Transactional(readOnly = true)
    public List<ExamResult> results(long employeeId) {
        return results.findByEmployeeIdOrderByTakenOnDesc(employeeId);
    }

    @Transactional(readOnly = true)
    public List<ExamResult> resultsOfCourse(long courseId) {
        return results.findByCourseIdOrderByTakenOnDesc(courseId);
    }

    private ExamResult save(Course course, Employee employee, int score, LocalDate takenOn, boolean online) {
        var result = results.save(new ExamResult(course, employee.getId(), score, takenOn, online));
        return audited(result, course, employee);
    }

    private ExamResult audited(ExamResult result, Course course, Employee employee) {
        events.publishEvent(AuditedChange.of("EXAM_RESULT", "Employee", employee.getId(),
                employee.getFullName() + " · " + course.getTitle(), null, result.snapshot()));
        return result;
    }

}
