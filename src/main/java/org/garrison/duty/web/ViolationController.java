package org.garrison.duty.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.garrison.duty.internal.Violation;
import org.garrison.duty.internal.Violations;
import org.garrison.organisation.OrganisationManagement;
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

/** The violation register (违纪记录): drafts to decide first, and confirming or dismissing one with a reason (R4). */
@Controller
class ViolationController {

    private final Violations violations;

    private final OrganisationManagement organisation;

    ViolationController(Violations violations, OrganisationManagement organisation) {
        this.violations = violations;
        this.organisation = organisation;
    }

    @GetMapping("/duty/violations")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    String list(@RequestParam(required = false) Violation.@Nullable State state,
            @RequestParam(required = false) @Nullable Long siteId, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        var scope = CurrentUser.require().scope();
        var found = violations.list(scope, state, siteId, PageLinks.request(page));
        model.addAttribute("violations", found.getContent());
        model.addAttribute("pages", PageLinks.of(found, request));
        model.addAttribute("sites", organisation.siteChoices(scope));
        model.addAttribute("states", Violation.State.values());
        model.addAttribute("state", state);
        model.addAttribute("siteId", siteId);
        return "duty/violations";
    }

    @GetMapping("/duty/violations/{id}")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("decisionForm", NoteForm.blank());
        return detail(model, id);
    }

    @PostMapping("/duty/violations/{id}/decide")
    @PreAuthorize("hasAuthority('DUTY_DECIDE')")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm,
            @Valid @ModelAttribute("decisionForm") NoteForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(model, id);
        }
        try {
            if (confirm) {
                violations.confirm(CurrentUser.require(), id, form.note());
            }
            else {
                violations.dismiss(CurrentUser.require(), id, form.note());
            }
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return detail(model, id);
        }
        redirect.addFlashAttribute("flash", confirm ? "duty.violation.confirmed" : "duty.violation.dismissed");
        return "redirect:/duty/violations/" + id;
    }

    private String detail(Model model, long id) {
        model.addAttribute("violation", violations.card(CurrentUser.require().scope(), id));
        return "duty/violation";
    }

}
