package org.garrison.people.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.people.internal.OnlineExams;
import org.garrison.people.web.TrainingViews.CourseView;
import org.garrison.people.web.TrainingViews.QuestionView;
import org.garrison.people.web.TrainingViews.ResultView;
import org.garrison.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Online exams for the signed-in employee, as on the phone's exam pages: the exams offered, taking one, own results. */
@RestController
@RequestMapping("/api/v1/people/exams")
@Tag(name = "Online exams", description = "Multiple-choice exams an employee takes on the phone (在线考试)")
class ExamApiController {

    private final OnlineExams exams;

    ExamApiController(OnlineExams exams) {
        this.exams = exams;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PEOPLE_VIEW')")
    @Operation(summary = "The courses with an online exam")
    List<CourseView> offered() {
        return exams.courses().stream().map(CourseView::of).toList();
    }

    @GetMapping("/results")
    @PreAuthorize("hasAuthority('PEOPLE_VIEW')")
    @Operation(summary = "The caller's own exam results", description = "Newest first; empty for a user who is no employee.")
    List<ResultView> myResults() {
        return exams.myResults(CurrentUser.require()).stream().map(ResultView::of).toList();
    }

    @GetMapping("/{courseId}")
    @PreAuthorize("hasAuthority('PEOPLE_VIEW')")
    @Operation(summary = "The questions of an exam, without the answers", description = "404 when the course has no "
            + "online exam.")
    List<QuestionView> questions(@PathVariable long courseId) {
        return exams.questions(courseId).stream().map(q -> QuestionView.of(q, false)).toList();
    }

    @PostMapping("/{courseId}")
    @PreAuthorize("hasAuthority('PEOPLE_VIEW')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Take an exam", description = "The chosen option (A–D) by question id; an unanswered question "
            + "scores nothing. Answers the score and whether it passed. 404 when the course has no online exam, 422 "
            + "when the caller is no employee.")
    ResultView submit(@PathVariable long courseId, @Valid @RequestBody ExamAnswers answers) {
        return ResultView.of(exams.submit(CurrentUser.require(), courseId, answers.answers()));
    }

    @Schema(name = "ExamAnswers")
    record ExamAnswers(@Schema(description = "The chosen option (A–D) by question id",
            example = "{\"33\": \"A\", \"34\": \"C\"}") @NotNull Map<Long, String> answers) {
    }

}
