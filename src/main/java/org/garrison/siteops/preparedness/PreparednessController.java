package org.garrison.siteops.preparedness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.Texts;
import org.garrison.siteops.web.ProblemFlash;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Drills (演练) and emergency resources (灭火器, 急救箱…) of the sites in scope. */
@Controller
class PreparednessController {

    private final Preparedness preparedness;

    private final OrganisationManagement organisation;

    private final Clock clock;

    PreparednessController(Preparedness preparedness, OrganisationManagement organisation, Clock clock) {
        this.preparedness = preparedness;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/siteops/drills")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    String drills(Model model) {
        model.addAttribute("form", new DrillForm(null, "", LocalDate.now(clock).plusDays(7)));
        return drillsPage(model);
    }

    @PostMapping("/siteops/drills")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String planDrill(@Valid @ModelAttribute("form") DrillForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return drillsPage(model);
        }
        preparedness.planDrill(CurrentUser.require(), Objects.requireNonNull(form.siteId()), form.title(),
                Objects.requireNonNull(form.plannedOn()));
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/siteops/drills";
    }

    @PostMapping("/siteops/drills/{id}/held")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String holdDrill(@PathVariable long id, @Valid @ModelAttribute("holdForm") HoldForm form, BindingResult errors,
            RedirectAttributes redirect) {
        // one form per planned drill: a refusal is shown at the top of the drills page it returns to
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("problem", HoldForm.problem(errors));
            return "redirect:/siteops/drills";
        }
        try {
            preparedness.holdDrill(CurrentUser.require(), id, Objects.requireNonNull(form.heldOn()), form.participants(),
                    form.summary(), form.improvements());
            redirect.addFlashAttribute("flash", "siteops.drill.heldFlash");
        }
        catch (DomainException ex) {
            ProblemFlash.add(redirect, ex);
        }
        return "redirect:/siteops/drills";
    }

    @GetMapping("/siteops/resources")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    String resources(Model model) {
        model.addAttribute("form", ResourceForm.blank());
        return resourcesPage(model);
    }

    @PostMapping("/siteops/resources")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String addResource(@Valid @ModelAttribute("form") ResourceForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return resourcesPage(model);
        }
        try {
            preparedness.addResource(CurrentUser.require(), Objects.requireNonNull(form.siteId()),
                    Objects.requireNonNull(form.kind()), form.name(), form.location(), Objects.requireNonNull(form.quantity()),
                    Objects.requireNonNull(form.checkEveryDays()), form.expiresOn());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return resourcesPage(model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/siteops/resources";
    }

    @PostMapping("/siteops/resources/{id}/check")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    String check(@PathVariable long id, @Valid @ModelAttribute("check") CheckForm check, BindingResult errors,
            RedirectAttributes redirect) {
        // one form per resource: a refusal is shown at the top of the resources page it returns to
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("problem", "siteops.resource.checkNoteTooLong");
            return "redirect:/siteops/resources";
        }
        try {
            preparedness.checkResource(CurrentUser.require(), id, check.inOrder(), Texts.blankToNull(check.note()));
            redirect.addFlashAttribute("flash", "siteops.resource.checked");
        }
        catch (DomainException ex) {
            ProblemFlash.add(redirect, ex);
        }
        return "redirect:/siteops/resources";
    }


    private String drillsPage(Model model) {
        var scope = CurrentUser.require().scope();
        var drills = preparedness.drills(scope);
        model.addAttribute("drills", drills);
        model.addAttribute("siteNames", organisation.siteNamesById(drills.stream().map(Drill::getSiteId).toList()));
        model.addAttribute("sites", organisation.siteChoices(scope));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("holdForm", HoldForm.blank(LocalDate.now(clock)));
        return "siteops/drills";
    }

    private String resourcesPage(Model model) {
        var scope = CurrentUser.require().scope();
        var resources = preparedness.resources(scope);
        model.addAttribute("resources", resources);
        model.addAttribute("siteNames", organisation.siteNamesById(resources.stream().map(EmergencyResource::getSiteId).toList()));
        model.addAttribute("sites", organisation.siteChoices(scope));
        model.addAttribute("kinds", EmergencyResource.Kind.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("check", CheckForm.blank());
        return "siteops/resources";
    }

}
