package org.garrison.siteops.inspections;

import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.Texts;
import org.garrison.siteops.inspections.HazardViews.HazardFilter;
import org.garrison.siteops.internal.Severity;
import org.garrison.siteops.web.NoteForm;
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

/** Hazards (隐患): list with statistics per site, reporting one, assignment, rectification and verification. */
@Controller
class HazardController {

    private final Hazards hazards;

    private final OrganisationManagement organisation;

    HazardController(Hazards hazards, OrganisationManagement organisation) {
        this.hazards = hazards;
        this.organisation = organisation;
    }

    @GetMapping("/siteops/hazards")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    String list(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) Hazard.@Nullable Status status,
            @RequestParam(required = false) @Nullable Severity severity,
            @RequestParam(defaultValue = "false") boolean overdue, Model model) {
        var scope = CurrentUser.require().scope();
        var filter = new HazardFilter(siteId, status, severity, overdue);
        model.addAttribute("hazards", hazards.list(scope, filter));
        model.addAttribute("statistics", hazards.statistics(scope));
        model.addAttribute("filter", filter);
        model.addAttribute("limit", Hazards.LIST_LIMIT);
        model.addAttribute("sites", organisation.siteChoices(scope));
        model.addAttribute("statuses", Hazard.Status.values());
        model.addAttribute("severities", Severity.values());
        return "siteops/hazards";
    }

    @GetMapping("/siteops/hazards/new")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    String newHazard(Model model) {
        var choices = organisation.siteChoices(CurrentUser.require().scope());
        model.addAttribute("form", HazardForm.blank(choices.size() == 1 ? choices.get(0).id().value() : null));
        return form(model);
    }

    @PostMapping("/siteops/hazards")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    String create(@Valid @ModelAttribute("form") HazardForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model);
        }
        long id;
        try {
            id = hazards.open(CurrentUser.require(), Objects.requireNonNull(form.siteId()), form.title(), form.description(),
                    Objects.requireNonNull(form.severity()), form.owner(), form.deadline(), null).getId();
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/siteops/hazards/" + id;
    }

    @GetMapping("/siteops/hazards/{id}")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    String show(@PathVariable long id, Model model) {
        return detail(model, id);
    }

    @PostMapping("/siteops/hazards/{id}/assign")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String assign(@PathVariable long id, @Valid @ModelAttribute("assignForm") AssignForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(model, id);
        }
        return act(model, errors, redirect, id, () -> hazards.assign(CurrentUser.require(), id, Objects.requireNonNull(form.severity()),
                form.owner(), Objects.requireNonNull(form.deadline())));
    }

    @PostMapping("/siteops/hazards/{id}/rectify")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    String rectify(@PathVariable long id, @Valid @ModelAttribute("rectifyForm") NoteForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(model, id);
        }
        return act(model, errors, redirect, id, () -> hazards.rectify(CurrentUser.require(), id, form.note()));
    }

    @PostMapping("/siteops/hazards/{id}/verify")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String verify(@PathVariable long id, @Valid @ModelAttribute("verifyForm") VerifyForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(model, id);
        }
        return act(model, errors, redirect, id,
                () -> hazards.verify(CurrentUser.require(), id, form.isAccepted(), Texts.blankToNull(form.note())));
    }

    private String act(Model model, BindingResult errors, RedirectAttributes redirect, long id, Runnable change) {
        try {
            change.run();
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return detail(model, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/siteops/hazards/" + id;
    }

    private String form(Model model) {
        model.addAttribute("sites", organisation.siteChoices(CurrentUser.require().scope()));
        model.addAttribute("severities", Severity.values());
        return "siteops/hazard-form";
    }

    /** The hazard page with its three forms; a form just posted (with its binding result) is already in the model. */
    private String detail(Model model, long id) {
        var card = hazards.card(CurrentUser.require().scope(), id);
        model.addAttribute("hazard", card);
        if (!model.containsAttribute("assignForm")) {
            model.addAttribute("assignForm", new AssignForm(card.severity(), card.ownerName(), card.deadline()));
        }
        if (!model.containsAttribute("rectifyForm")) {
            model.addAttribute("rectifyForm", NoteForm.blank());
        }
        if (!model.containsAttribute("verifyForm")) {
            model.addAttribute("verifyForm", new VerifyForm(null, null));
        }
        model.addAttribute("severities", Severity.values());
        return "siteops/hazard";
    }

}
