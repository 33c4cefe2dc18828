package org.garrison.servicedesk.web;

import jakarta.validation.Valid;

import org.garrison.servicedesk.internal.WhistleReports;
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
 * Whistle-blowing inside the application: anyone signed in may report (named or anonymous); handlers see and
 * conclude reports with the reporter sealed unless they hold the designated permission.
 */
@Controller
class WhistleController {

    private final WhistleReports reports;

    WhistleController(WhistleReports reports) {
        this.reports = reports;
    }

    @GetMapping("/servicedesk/whistleblowing/new")
    @PreAuthorize("isAuthenticated()")
    String newReport(Model model) {
        return form(model, WhistleForm.blank(CurrentUser.require().displayName()), null, null);
    }

    @PostMapping("/servicedesk/whistleblowing/new")
    @PreAuthorize("isAuthenticated()")
    String receive(@Valid @ModelAttribute("form") WhistleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, form, errors, null);
        }
        try {
            redirect.addFlashAttribute("number", reports.receive(CurrentUser.require(), form.isAnonymous(), form.name(),
                    form.contact(), form.subject(), form.details(), form.place()));
        }
        catch (DomainException ex) {
            return form(model, form, errors, ex);
        }
        return "redirect:/public/whistleblowing/received";
    }

    @GetMapping("/servicedesk/whistleblowing")
    @PreAuthorize("hasAuthority('WHISTLEBLOWING_HANDLE')")
    String list(Model model) {
        model.addAttribute("reports", reports.list(CurrentUser.require()));
        return "servicedesk/whistle-reports";
    }

    @GetMapping("/servicedesk/whistleblowing/{id}")
    @PreAuthorize("hasAuthority('WHISTLEBLOWING_HANDLE')")
    String show(@PathVariable long id, Model model) {
        return show(model, id, null, null);
    }

    @PostMapping("/servicedesk/whistleblowing/{id}/conclude")
    @PreAuthorize("hasAuthority('WHISTLEBLOWING_HANDLE')")
    String conclude(@PathVariable long id, @Valid @ModelAttribute("step") StepForms.Text form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(model, id, errors, null);
        }
        try {
            reports.conclude(CurrentUser.require(), id, form.text());
        }
        catch (DomainException ex) {
            return show(model, id, errors, ex);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/servicedesk/whistleblowing/" + id;
    }

    private String show(Model model, long id, @Nullable BindingResult errors, @Nullable DomainException refusal) {
        var report = reports.one(CurrentUser.require(), id);
        model.addAttribute("report", report);
        model.addAttribute("deadline", reports.deadline(report));
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        return "servicedesk/whistle-report";
    }

    private static String form(Model model, WhistleForm form, @Nullable BindingResult errors,
            @Nullable DomainException refusal) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("action", "/servicedesk/whistleblowing/new");
        return "servicedesk/whistle-form";
    }

}
