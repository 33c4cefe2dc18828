package org.garrison.people.web;

import org.garrison.people.internal.OnlineExams;
import org.garrison.people.internal.Training;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Online multiple-choice exams on the phone: the employee's exams and results, taking one, its score. */
@Controller
class ExamController {

    private final OnlineExams exams;

    private final Training training;

    ExamController(OnlineExams exams, Training training) {
        this.exams = exams;
        this.training = training;
    }

    @GetMapping("/people/exams")
    @PreAuthorize("hasAuthority('PEOPLE_VIEW')")
    String mine(Model model) {
        model.addAttribute("courses", exams.courses());
        model.addAttribute("results", exams.myResults(CurrentUser.require()));
        model.addAttribute("allCourses", training.courses());
        return "people/exams";
    }

    @GetMapping("/people/exams/{courseId}")
    @PreAuthorize("hasAuthority('PEOPLE_VIEW')")
    String take(@PathVariable long courseId, Model model) {
        model.addAttribute("exam", ExamAnswersForm.blank());
        return exam(model, courseId);
    }

    @PostMapping("/people/exams/{courseId}")
    @PreAuthorize("hasAuthority('PEOPLE_VIEW')")
    String submit(@PathVariable long courseId, @ModelAttribute("exam") ExamAnswersForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return exam(model, courseId);
        }
        try {
            var result = exams.submit(CurrentUser.require(), courseId, form.byQuestion());
            redirect.addFlashAttribute("flash", result.isPassed() ? "people.exam.passed" : "people.exam.failed");
            redirect.addFlashAttribute("score", result.getScore() + " / " + result.getMaxScore());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return exam(model, courseId);
        }
        return "redirect:/people/exams";
    }

    private String exam(Model model, long courseId) {
        model.addAttribute("questions", exams.questions(courseId));
        model.addAttribute("course", training.course(courseId));
        return "people/exam";
    }

}
