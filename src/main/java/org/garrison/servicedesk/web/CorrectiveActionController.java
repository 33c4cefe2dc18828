package org.garrison.servicedesk.web;

import jakarta.validation.Valid;

import org.garrison.servicedesk.internal.CorrectiveActions;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cause and corrective action on the complaint's page: customer service or security operations record and
 * revise them and report them carried out; customer service confirms the effect or reopens them.
 */
@Controller
class CorrectiveActionController {

    private final CorrectiveActions actions;

    private final ComplaintPage page;

    CorrectiveActionController(CorrectiveActions actions, ComplaintPage page) {
        this.actions = actions;
        this.page = page;
    }

    @PostMapping("/servicedesk/complaints/{id}/corrective-action")
    @PreAuthorize("hasAnyAuthority('COMPLAINTS_HANDLE', 'COMPLAINTS_INVESTIGATE')")
    String plan(@PathVariable long id, @Valid @ModelAttribute("corrective") CorrectiveForms.Plan form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page.show(model, id);
        }
        try {
            actions.plan(CurrentUser.require(), id, form.toPlan());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page.show(model, id);
        }
        return saved(id, redirect);
    }

    @PostMapping("/servicedesk/complaints/{id}/corrective-action/done")
    @PreAuthorize("hasAnyAuthority('COMPLAINTS_HANDLE', 'COMPLAINTS_INVESTIGATE')")
    String done(@PathVariable long id, @Valid @ModelAttribute("correctiveDone") CorrectiveForms.Done form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page.show(model, id);
        }
        try {
            actions.done(CurrentUser.require(), id, form.note());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page.show(model, id);
        }
        return saved(id, redirect);
    }

    @PostMapping("/servicedesk/complaints/{id}/corrective-action/effect")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    String effect(@PathVariable long id, @Valid @ModelAttribute("correctiveEffect") CorrectiveForms.Effect form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page.show(model, id);
        }
        try {
            actions.checkEffect(CurrentUser.require(), id, form.confirmed(), form.note(), form.newDueOn());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page.show(model, id);
        }
        return saved(id, redirect);
    }

    private static String saved(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/servicedesk/complaints/" + id + "#corrective";
    }

}
