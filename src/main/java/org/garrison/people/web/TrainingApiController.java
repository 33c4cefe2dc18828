package org.garrison.people.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.people.internal.CourseKind;
import org.garrison.people.internal.OnlineExams;
import org.garrison.people.internal.Training;
import org.garrison.people.internal.TrainingRecords;
import org.garrison.people.web.TrainingViews.AttendanceView;
import org.garrison.people.web.TrainingViews.CourseView;
import org.garrison.people.web.TrainingViews.QuestionView;
import org.garrison.people.web.TrainingViews.ResultView;
import org.garrison.people.web.TrainingViews.SessionView;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Training over REST for those who manage it (TRAINING_MANAGE), as on the training pages: courses, their sessions
 * and attendance, exam questions and scores. Trainees and results are limited to the employees in the caller's scope.
 */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "Training", description = "Courses, training sessions, attendance, exam questions and results (培训与考核)")
class TrainingApiController {

    private final Training training;

    private final OnlineExams exams;

    private final TrainingRecords records;

    TrainingApiController(Training training, OnlineExams exams, TrainingRecords records) {
        this.training = training;
        this.exams = exams;
        this.records = records;
    }

    @GetMapping("/courses")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    @Operation(summary = "List courses", description = "By kind and code; optionally of one kind (ONBOARDING, SKILLS, "
            + "REFRESHER) or matching a code or title (q).")
    PageResponse<CourseView> courses(@RequestParam(required = false) @Nullable CourseKind kind,
            @RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(training.courses(kind, q, PageResponse.request(page, size)), CourseView::of);
    }

    @GetMapping("/courses/{id}")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    @Operation(summary = "One course", description = "404 when unknown.")
    CourseView course(@PathVariable long id) {
        return CourseView.of(training.course(id));
    }

    @PostMapping("/courses")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    @Operation(summary = "Create a course", description = "400 with the invalid fields; 422 when the code is taken or "
            + "the pass mark is above the maximum score.")
    ResponseEntity<CourseView> createCourse(@Valid @RequestBody CourseForm form) {
        var course = training.createCourse(form.code(), form.title(), form.kind(), form.maxScore(), form.passMark(),
                form.validityMonths());
        return ResponseEntity.created(URI.create("/api/v1/people/courses/" + course.getId())).body(CourseView.of(course));
    }

    @PutMapping("/courses/{id}/validity")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    @Operation(summary = "Change for how many months a pass counts", description = "Absent validityMonths: a pass "
            + "never lapses. Applies to passes already taken (the on-duty gate follows at once).")
    CourseView changeValidity(@PathVariable long id, @Valid @RequestBody ValidityForm form) {
        return CourseView.of(training.changeValidity(id, form.validityMonths()));
    }

    @GetMapping("/courses/{id}/sessions")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    @Operation(summary = "A course's sessions", description = "Latest first. 404 when the course is unknown.")
    PageResponse<SessionView> sessions(@PathVariable long id, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        training.course(id);
        return PageResponse.of(training.sessions(id, PageResponse.request(page, size)), SessionView::of);
    }

    @PostMapping("/courses/{id}/sessions")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a session of a course", description = "Trainer, day and place.")
    SessionView planSession(@PathVariable long id, @Valid @RequestBody SessionForm form) {
        return SessionView.of(training.planSession(id, form.trainer(), form.heldOn(), form.place()));
    }

    @GetMapping("/sessions/{id}/attendance")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    @Operation(summary = "Who was present at a session", description = "Of the employees in the caller's scope.")
    List<AttendanceView> attendance(@PathVariable long id) {
        return records.attendance(CurrentUser.require().scope(), id).stream().map(AttendanceView::of).toList();
    }

    @PutMapping("/sessions/{id}/attendance")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    @Operation(summary = "Mark a trainee present or absent", description = "404 when the session is unknown or the "
            + "employee outside the caller's scope.")
    AttendanceView markAttendance(@PathVariable long id, @Valid @RequestBody AttendanceRequest request) {
        long employeeId = java.util.Objects.requireNonNull(request.employeeId());
        training.markAttendance(CurrentUser.require().scope(), id, employeeId, request.present());
        return new AttendanceView(id, employeeId, request.present());
    }

    @GetMapping("/courses/{id}/questions")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    @Operation(summary = "The questions of a course's online exam, with the right options")
    List<QuestionView> questions(@PathVariable long id) {
        training.course(id);
        return exams.questionsOf(id).stream().map(q -> QuestionView.of(q, true)).toList();
    }

    @PostMapping("/courses/{id}/questions")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a question to a course's online exam", description = "Four options (A–D) and the right "
            + "one; 422 when an option is blank or the right one is not A–D.")
    QuestionView addQuestion(@PathVariable long id, @Valid @RequestBody QuestionForm form) {
        return QuestionView.of(exams.addQuestion(id, form.question(), form.options(), form.correct()), true);
    }

    @GetMapping("/exam-results")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    @Operation(summary = "Exam results", description = "Newest first, of the employees in the caller's scope; "
            + "optionally of one course (courseId), one employee (employeeId), passed or failed (passed).")
    PageResponse<ResultView> results(@RequestParam(required = false) @Nullable Long courseId,
            @RequestParam(required = false) @Nullable Long employeeId,
            @RequestParam(required = false) @Nullable Boolean passed, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(records.results(CurrentUser.require().scope(), courseId, employeeId, passed,
                PageResponse.request(page, size)), ResultView::of);
    }

    @PostMapping("/courses/{id}/scores")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enter a trainee's exam score", description = "404 when the employee is outside the "
            + "caller's scope; 422 when the score is above the course's maximum (nothing is stored).")
    ResultView recordScore(@PathVariable long id, @Valid @RequestBody ScoreForm form) {
        return ResultView.of(training.recordScore(CurrentUser.require().scope(), id, form.employeeId(), form.score(),
                form.takenOn()));
    }

    @Schema(name = "AttendanceMark")
    record AttendanceRequest(@Schema(example = "57") @NotNull @Nullable Long employeeId,
            @Schema(example = "true") boolean present) {
    }

}
