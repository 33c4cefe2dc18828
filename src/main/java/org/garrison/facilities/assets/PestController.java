package org.garrison.facilities.assets;

import jakarta.validation.Valid;

import org.garrison.facilities.assets.PestForms.ChemicalForm;
import org.garrison.facilities.assets.PestForms.FollowUpForm;
import org.garrison.facilities.assets.PestForms.InspectionForm;
import org.garrison.facilities.assets.PestForms.PointForm;
import org.garrison.facilities.assets.PestForms.TreatmentForm;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
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

/** The pest-control page (虫控消杀): monitoring points and inspections, treatments with follow-ups, the allowed chemicals. */
@Controller
class PestController {

    private static final String PAGE = "/facilities/pests";

    private final PestPoints points;

    private final Treatments treatments;

    private final OrganisationManagement organisation;

    PestController(PestPoints points, Treatments treatments, OrganisationManagement organisation) {
        this.points = points;
        this.treatments = treatments;
        this.organisation = organisation;
    }

    @GetMapping(PAGE)
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String list(@RequestParam(required = false) @Nullable Long siteId, Model model) {
        return page(model, siteId);
    }

    @PostMapping(PAGE + "/points")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    String addPoint(@Valid @ModelAttribute("pointForm") PointForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return Submit.attempt(errors, redirect, () -> points.add(CurrentUser.require(), form), PAGE + Submit.site(form.siteId()),
                () -> page(model, form.siteId()));
    }

    @PostMapping(PAGE + "/points/{id}/active")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    String pointActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        points.setActive(CurrentUser.require(), id, active);
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/inspections")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    String inspect(@Valid @ModelAttribute("inspectionForm") InspectionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Submit.attempt(errors, redirect, () -> points.inspect(CurrentUser.require(), form), PAGE, () -> page(model, null));
    }

    @PostMapping(PAGE + "/treatments")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    String treat(@Valid @ModelAttribute("treatmentForm") TreatmentForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Submit.attempt(errors, redirect, () -> treatments.record(CurrentUser.require(), form),
                PAGE + Submit.site(form.siteId()), () -> page(model, form.siteId()));
    }

    @PostMapping(PAGE + "/treatments/{id}/follow-up")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    String followUp(@PathVariable long id, @Valid @ModelAttribute("followUpForm") FollowUpForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return Submit.attempt(errors, redirect, () -> treatments.followUp(CurrentUser.require(), id, form), PAGE,
                () -> page(model, null));
    }

    @PostMapping(PAGE + "/chemicals")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    String addChemical(@Valid @ModelAttribute("chemicalForm") ChemicalForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Submit.attempt(errors, redirect, () -> treatments.addChemical(form), PAGE, () -> page(model, null));
    }

    @PostMapping(PAGE + "/chemicals/{id}/active")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    String chemicalActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        treatments.setChemicalActive(id, active);
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:" + PAGE;
    }

    private String page(Model model, @Nullable Long siteId) {
        var scope = CurrentUser.require().scope();
        var sites = organisation.siteChoices(scope);
        Long only = siteId != null ? siteId : sites.size() == 1 ? sites.get(0).id().value() : null;
        model.addAttribute("siteId", siteId);
        model.addAttribute("sites", sites);
        model.addAttribute("points", points.list(scope, siteId));
        model.addAttribute("inspections", points.inspections(scope, siteId));
        model.addAttribute("treatments", treatments.list(scope, siteId));
        model.addAttribute("chemicals", treatments.chemicals());
        model.addAttribute("allowedChemicals", treatments.allowedChemicals());
        model.addAttribute("kinds", PestPointKind.values());
        if (!model.containsAttribute("pointForm")) {
            model.addAttribute("pointForm", PointForm.blank(only));
        }
        if (!model.containsAttribute("inspectionForm")) {
            model.addAttribute("inspectionForm", InspectionForm.blank());
        }
        if (!model.containsAttribute("treatmentForm")) {
            model.addAttribute("treatmentForm", TreatmentForm.blank(only));
        }
        if (!model.containsAttribute("chemicalForm")) {
            model.addAttribute("chemicalForm", ChemicalForm.blank());
        }
        if (!model.containsAttribute("followUpForm")) {
            model.addAttribute("followUpForm", new FollowUpForm(null, null, ""));
        }
        return "facilities/assets/pests";
    }

}
