package org.garrison.facilities.assets;

import jakarta.validation.Valid;

import org.garrison.facilities.assets.PlantForms.CountForm;
import org.garrison.facilities.assets.PlantForms.PlantForm;
import org.garrison.facilities.assets.PlantForms.StatusForm;
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

/** The plant inventory (绿植台账) page: plants and counts per site, taking a plant in, a count, a plant's status history. */
@Controller
class PlantController {

    private final Plants plants;

    private final OrganisationManagement organisation;

    PlantController(Plants plants, OrganisationManagement organisation) {
        this.plants = plants;
        this.organisation = organisation;
    }

    @GetMapping("/facilities/plants")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String list(@RequestParam(required = false) @Nullable Long siteId, Model model) {
        return page(model, siteId);
    }

    @PostMapping("/facilities/plants")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    String add(@Valid @ModelAttribute("plantForm") PlantForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return Submit.attempt(errors, redirect, () -> plants.add(CurrentUser.require(), form),
                "/facilities/plants" + Submit.site(form.siteId()), () -> page(model, form.siteId()));
    }

    @PostMapping("/facilities/plants/counts")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    String count(@Valid @ModelAttribute("countForm") CountForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return Submit.attempt(errors, redirect, () -> plants.count(CurrentUser.require(), form),
                "/facilities/plants" + Submit.site(form.siteId()), () -> page(model, form.siteId()));
    }

    @GetMapping("/facilities/plants/{id}")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String show(@PathVariable long id, Model model) {
        return detail(model, id);
    }

    @PostMapping("/facilities/plants/{id}/status")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    String status(@PathVariable long id, @Valid @ModelAttribute("statusForm") StatusForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Submit.attempt(errors, redirect, () -> plants.changeStatus(CurrentUser.require(), id, form),
                "/facilities/plants/" + id, () -> detail(model, id));
    }

    private String page(Model model, @Nullable Long siteId) {
        var scope = CurrentUser.require().scope();
        var sites = organisation.siteChoices(scope);
        Long only = siteId != null ? siteId : sites.size() == 1 ? sites.get(0).id().value() : null;
        model.addAttribute("siteId", siteId);
        model.addAttribute("sites", sites);
        model.addAttribute("plants", plants.list(scope, siteId));
        model.addAttribute("counts", plants.counts(scope, siteId));
        if (!model.containsAttribute("plantForm")) {
            model.addAttribute("plantForm", PlantForm.blank(only));
        }
        if (!model.containsAttribute("countForm")) {
            model.addAttribute("countForm", new CountForm(only, null, null, null, null, ""));
        }
        return "facilities/assets/plants";
    }

    private String detail(Model model, long id) {
        var scope = CurrentUser.require().scope();
        model.addAttribute("plant", plants.plant(scope, id));
        model.addAttribute("history", plants.history(scope, id));
        model.addAttribute("statuses", PlantStatus.values());
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", new StatusForm(PlantStatus.DISEASED, null, ""));
        }
        return "facilities/assets/plant";
    }

}
