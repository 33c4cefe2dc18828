package org.garrison.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.garrison.people.internal.Attendance;
import org.garrison.people.internal.CourseKind;
import org.garrison.people.internal.OnlineExams;
import org.garrison.people.internal.PeopleQueries;
import org.garrison.people.internal.Training;
import org.garrison.people.internal.TrainingLapses;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Training: courses with the refreshers due, a course with its sessions and exam results, attendance,
 * score entry and for how long a pass counts.
 */
@Controller
class TrainingController {

    private final Training training;

    private final PeopleQueries queries;

    private final OnlineExams exams;

    private final TrainingLapses lapses;

    private final Clock clock;

    TrainingController(Training training, PeopleQueries queries, OnlineExams exams, TrainingLapses lapses, Clock clock) {
        this.training = training;
        this.queries = queries;
        this.exams = exams;
        this.lapses = lapses;
        this.clock = clock;
    }

    @GetMapping("/people/training")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    String courses(Model model) {
        model.addAttribute("form", CourseForm.blank());
        return coursesPage(model);
    }

    @PostMapping("/people/training/courses")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    String createCourse(@Valid @ModelAttribute("form") CourseForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return coursesPage(model);
        }
        long id;
        try {
            id = training.createCourse(form.code(), form.title(), form.kind(), form.maxScore(), form.passMark(),
                    form.validityMonths()).getId();
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return coursesPage(model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/people/training/courses/" + id;
    }

    @GetMapping("/people/training/courses/{id}")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    String course(@PathVariable long id, Model model) {
        return course(model, id);
    }

    @PostMapping("/people/training/courses/{id}/validity")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    String changeValidity(@PathVariable long id, @Valid @ModelAttribute("validity") ValidityForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return course(model, id);
        }
        try {
            training.changeValidity(id, form.validityMonths());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return course(model, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/people/training/courses/" + id;
    }

    @PostMapping("/people/training/courses/{id}/sessions")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    String planSession(@PathVariable long id, @Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return course(model, id);
        }
        training.planSession(id, form.trainer(), form.heldOn(), form.place());
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/people/training/courses/" + id;
    }

    @PostMapping("/people/training/courses/{id}/scores")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    String recordScore(@PathVariable long id, @Valid @ModelAttribute("score") ScoreForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return course(model, id);
        }
        try {
            training.recordScore(CurrentUser.require().scope(), id, form.employeeId(), form.score(), form.takenOn());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return course(model, id);
        }
        redirect.addFlashAttribute("flash", "people.exam.recorded");
        return "redirect:/people/training/courses/" + id;
    }

    @PostMapping("/people/training/courses/{id}/questions")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    String addQuestion(@PathVariable long id, @Valid @ModelAttribute("question") QuestionForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return course(model, id);
        }
        try {
            exams.addQuestion(id, form.question(), form.options(), form.correct());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return course(model, id);
        }
        redirect.addFlashAttribute("flash", "people.exam.questionAdded");
        return "redirect:/people/training/courses/" + id;
    }

    @PostMapping("/people/training/sessions/{sessionId}/attendance")
    @PreAuthorize("hasAuthority('TRAINING_MANAGE')")
    String markAttendance(@PathVariable long sessionId, @RequestParam(required = false) @Nullable Long employeeId,
            @RequestParam(defaultValue = "false") boolean present, @RequestParam long courseId, RedirectAttributes redirect) {
        try {
            if (employeeId == null) {
                throw new DomainException("people.attendance.employeeMissing");
            }
            training.markAttendance(CurrentUser.require().scope(), sessionId, employeeId, present);
            redirect.addFlashAttribute("flash", "common.saved");
        }
        catch (DomainException ex) {
            // one small form per session: the refusal is shown at the top of the course page it returns to
            redirect.addFlashAttribute("problem", ex.messageKey());
        }
        return "redirect:/people/training/courses/" + courseId;
    }

    private String coursesPage(Model model) {
        model.addAttribute("courses", training.courses());
        var employed = queries.employees(CurrentUser.require().scope(), null, null)
            .stream()
            .filter(e -> e.getStatus().employed())
            .collect(Collectors.toMap(e -> e.getId(), e -> e.getFullName()));
        model.addAttribute("due", lapses.due(LocalDate.now(clock)).stream().filter(d -> employed.containsKey(d.employeeId())).toList());
        model.addAttribute("names", employed);
        model.addAttribute("kinds", CourseKind.values());
        return "people/courses";
    }

    /** The course's page with its forms: those a refused post bound stay as they were sent, with their errors. */
    private String course(Model model, long id) {
        var course = training.course(id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("course", course);
        if (!model.containsAttribute("validity")) {
            model.addAttribute("validity", ValidityForm.of(course));
        }
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", new SessionForm("", today, ""));
        }
        if (!model.containsAttribute("score")) {
            model.addAttribute("score", new ScoreForm(null, null, today));
        }
        if (!model.containsAttribute("question")) {
            model.addAttribute("question", new QuestionForm("", "", "", "", "", "A"));
        }
        var sessions = training.sessions(id);
        model.addAttribute("sessions", sessions);
        var attendance = new LinkedHashMap<Long, List<Attendance>>();
        sessions.forEach(s -> attendance.put(s.getId(), training.attendance(s.getId())));
        model.addAttribute("attendance", attendance);
        model.addAttribute("results", training.resultsOfCourse(id));
        model.addAttribute("questions", exams.questionsOf(id));
        var trainees = queries.employees(CurrentUser.require().scope(), null, null);
        model.addAttribute("trainees", trainees);
        model.addAttribute("names", trainees.stream().collect(Collectors.toMap(e -> e.getId(), e -> e.getFullName())));
        model.addAttribute("today", today);
        return "people/course";
    }

}
