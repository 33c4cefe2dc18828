package org.garrison.servicedesk.web;

import jakarta.validation.Valid;

import org.garrison.servicedesk.internal.WhistleReports;
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
        model.addAttribute("form", WhistleForm.blank(CurrentUser.require().displayName()));
        return form(model);
    }

    /** A named report carries the signed-in account: a name typed into the form (by hand-made request) is ignored. */

    @PostMapping("/servicedesk/whistleblowing/new")
    @PreAuthorize("isAuthenticated()")
    String receive(@Valid @ModelAttribute("form") WhistleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            redirect.addFlashAttribute("number", reports.receive(CurrentUser.require(), form.isAnonymous(), null,
                    form.contact(), form.subject(), form.details(), form.place()));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model);
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
        return show(model, id);
    }

    @PostMapping("/servicedesk/whistleblowing/{id}/conclude")
    @PreAuthorize("hasAuthority('WHISTLEBLOWING_HANDLE')")
    String conclude(@PathVariable long id, @Valid @ModelAttribute("conclusion") StepForms.Text form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(model, id);
        }
        try {
            reports.conclude(CurrentUser.require(), id, form.text());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return show(model, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/servicedesk/whistleblowing/" + id;
    }

    /** The report and its conclusion form (as bound when it comes back refused). */
    private String show(Model model, long id) {
        var report = reports.one(CurrentUser.require(), id);
        model.addAttribute("report", report);
        model.addAttribute("deadline", reports.deadline(report));
        if (!model.containsAttribute("conclusion")) {
            model.addAttribute("conclusion", StepForms.Text.empty());
        }
        return "servicedesk/whistle-report";
    }

    /** The report form, already in the model (as bound), naming the account a named report carries. */
    private static String form(Model model) {
        model.addAttribute("action", "/servicedesk/whistleblowing/new");
        model.addAttribute("signedInAs", WhistleReports.accountName(CurrentUser.require()));
        return "servicedesk/whistle-form";
    }

}
