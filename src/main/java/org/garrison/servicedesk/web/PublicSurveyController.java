package org.garrison.servicedesk.web;

import jakarta.validation.Valid;

import org.garrison.servicedesk.internal.SurveyAnswers;
import org.garrison.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A satisfaction survey behind its link, without sign-in: the token opens exactly one survey, once, until it
 * expires; an unknown, used or expired link shows why it cannot be answered.
 */
@Controller
class PublicSurveyController {

    private final SurveyAnswers answers;

    PublicSurveyController(SurveyAnswers answers) {
        this.answers = answers;
    }

    @GetMapping("/public/surveys/{token}")
    @PreAuthorize("permitAll()")
    String show(@PathVariable String token, Model model) {
        try {
            model.addAttribute("questionnaire", answers.byToken(token));
        }
        catch (DomainException ex) {
            model.addAttribute("unavailable", ex);
            return "servicedesk/survey-unavailable";
        }
        if (!model.containsAttribute("answer")) {
            model.addAttribute("answer", AnswerForm.blank());
        }
        model.addAttribute("action", "/public/surveys/" + token);
        return "servicedesk/survey-form";
    }

    @PostMapping("/public/surveys/{token}")
    @PreAuthorize("permitAll()")
    String answer(@PathVariable String token, @Valid @ModelAttribute("answer") AnswerForm form, BindingResult errors,
            Model model) {
        if (errors.hasErrors()) {
            return show(token, model);
        }
        try {
            answers.answerByToken(token, form.byQuestion(), form.comment());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return show(token, model);
        }
        return "redirect:/public/surveys/thanks";
    }

    @GetMapping("/public/surveys/thanks")
    @PreAuthorize("permitAll()")
    String thanks() {
        return "servicedesk/survey-thanks";
    }

}
