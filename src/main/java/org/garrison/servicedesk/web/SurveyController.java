package org.garrison.servicedesk.web;

import java.util.Arrays;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.contracts.ServiceKind;
import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.servicedesk.internal.SurveyAnswers;
import org.garrison.servicedesk.internal.SurveySender;
import org.garrison.servicedesk.internal.SurveyTemplates;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Satisfaction surveys: customer service keeps the questionnaires per service, sends a survey by hand (the
 * link is shown once) and follows what was sent; a client answers its open surveys inside the portal.
 */
@Controller
class SurveyController {

    private final SurveyTemplates templates;

    private final SurveySender sender;

    private final SurveyAnswers answers;

    private final ComplaintQueries queries;

    SurveyController(SurveyTemplates templates, SurveySender sender, SurveyAnswers answers, ComplaintQueries queries) {
        this.templates = templates;
        this.sender = sender;
        this.answers = answers;
        this.queries = queries;
    }

    @GetMapping("/servicedesk/surveys")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    String list(Model model) {
        return page(model);
    }

    @PostMapping("/servicedesk/surveys/send")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    String send(@Valid @ModelAttribute("send") SendForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            String token = sender.sendByHand(CurrentUser.require(), java.util.Objects.requireNonNull(form.siteId()),
                    java.util.Objects.requireNonNull(form.service()));
            redirect.addFlashAttribute("link", "/public/surveys/" + token);
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page(model);
        }
        redirect.addFlashAttribute("flash", "servicedesk.survey.sent");
        return "redirect:/servicedesk/surveys";
    }

    @PostMapping("/servicedesk/surveys/templates")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    String createTemplate(@Valid @ModelAttribute("template") TemplateForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            templates.create(java.util.Objects.requireNonNull(form.service()), form.name(),
                    Arrays.asList(form.questions().split("\\R")));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page(model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/servicedesk/surveys";
    }

    @GetMapping("/servicedesk/surveys/mine")
    @PreAuthorize("hasAuthority('COMPLAINTS_FILE')")
    String mine(Model model) {
        var surveys = answers.openFor(CurrentUser.require());
        model.addAttribute("surveys", surveys);
        model.addAttribute("siteNames", queries.siteNames(surveys.stream().map(s -> s.getSiteId()).toList()));
        return "servicedesk/surveys-mine";
    }

    @GetMapping("/servicedesk/surveys/{id}/answer")
    @PreAuthorize("hasAuthority('COMPLAINTS_FILE')")
    String answerForm(@PathVariable long id, Model model) {
        try {
            model.addAttribute("questionnaire", answers.inPortal(CurrentUser.require(), id));
        }
        catch (DomainException ex) {
            model.addAttribute("unavailable", ex);
            return "servicedesk/survey-unavailable";
        }
        if (!model.containsAttribute("answer")) {
            model.addAttribute("answer", AnswerForm.blank());
        }
        model.addAttribute("action", "/servicedesk/surveys/" + id + "/answer");
        return "servicedesk/survey-form";
    }

    @PostMapping("/servicedesk/surveys/{id}/answer")
    @PreAuthorize("hasAuthority('COMPLAINTS_FILE')")
    String answer(@PathVariable long id, @Valid @ModelAttribute("answer") AnswerForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return answerForm(id, model);
        }
        try {
            answers.answerInPortal(CurrentUser.require(), id, form.byQuestion(), form.comment());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return answerForm(id, model);
        }
        redirect.addFlashAttribute("flash", "servicedesk.survey.thanks");
        return "redirect:/servicedesk/surveys/mine";
    }

    /** The surveys sent, the questionnaires and both forms; a form posted (and refused) stays as bound. */
    private String page(Model model) {
        var user = CurrentUser.require();
        model.addAttribute("questionnaires", templates.current());
        var surveys = answers.recent(user);
        model.addAttribute("surveys", surveys);
        model.addAttribute("sites", queries.sitesFor(user));
        model.addAttribute("siteNames", queries.siteNames(surveys.stream().map(s -> s.getSiteId()).toList()));
        model.addAttribute("services", ServiceKind.values());
        if (!model.containsAttribute("send")) {
            model.addAttribute("send", new SendForm(null, ServiceKind.GUARDING));
        }
        if (!model.containsAttribute("template")) {
            model.addAttribute("template", new TemplateForm(null, "", ""));
        }
        return "servicedesk/surveys";
    }

    /** Send a survey for a site and service now. */
    record SendForm(@NotNull @Nullable Long siteId, @NotNull @Nullable ServiceKind service) {
    }

    /** A new questionnaire: one question per line. */
    record TemplateForm(@NotNull @Nullable ServiceKind service, @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 6000) String questions) {
    }

}
