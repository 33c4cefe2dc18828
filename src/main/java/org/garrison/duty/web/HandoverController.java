package org.garrison.duty.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.garrison.duty.internal.HandoverBook;
import org.garrison.duty.internal.HandoverEntry;
import org.garrison.duty.internal.HandoverFollowUp;
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

/** The handover book for leaders: entries of the sites in scope, one entry, and linking an omission to it (R6). */
@Controller
class HandoverController {

    private final HandoverBook book;

    private final HandoverFollowUp followUp;

    private final OrganisationManagement organisation;

    HandoverController(HandoverBook book, HandoverFollowUp followUp, OrganisationManagement organisation) {
        this.book = book;
        this.followUp = followUp;
        this.organisation = organisation;
    }

    @GetMapping("/duty/handovers")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    String list(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) HandoverEntry.@Nullable State state, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        var scope = CurrentUser.require().scope();
        var found = book.list(scope, siteId, state, PageLinks.request(page));
        model.addAttribute("entries", found.getContent());
        model.addAttribute("pages", PageLinks.of(found, request));
        model.addAttribute("sites", organisation.siteChoices(scope));
        model.addAttribute("states", HandoverEntry.State.values());
        model.addAttribute("siteId", siteId);
        model.addAttribute("state", state);
        return "duty/handovers";
    }

    @GetMapping("/duty/handovers/{id}")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("omissionForm", OmissionForm.blank());
        return detail(model, id);
    }

    @PostMapping("/duty/handovers/{id}/omission")
    @PreAuthorize("hasAuthority('DUTY_DECIDE')")
    String omission(@PathVariable long id, @Valid @ModelAttribute("omissionForm") OmissionForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(model, id);
        }
        try {
            followUp.linkOmission(CurrentUser.require(), id, form.reference(), form.note() == null ? "" : form.note());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return detail(model, id);
        }
        redirect.addFlashAttribute("flash", "duty.handover.omissionLinked");
        return "redirect:/duty/handovers/" + id;
    }

    private String detail(Model model, long id) {
        model.addAttribute("entry", book.card(CurrentUser.require().scope(), id));
        return "duty/handover";
    }

}
