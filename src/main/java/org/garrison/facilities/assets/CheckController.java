package org.garrison.facilities.assets;

import jakarta.validation.Valid;

import org.garrison.contracts.ServiceKind;
import org.garrison.facilities.assets.CheckForms.QualityForm;
import org.garrison.facilities.assets.CheckForms.SortingForm;
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

/** The garbage-sorting spot checks (垃圾分类抽查) and quality checks (质量检查) pages. */
@Controller
class CheckController {

    private final SortingChecks sorting;

    private final QualityChecks quality;

    private final OrganisationManagement organisation;

    CheckController(SortingChecks sorting, QualityChecks quality, OrganisationManagement organisation) {
        this.sorting = sorting;
        this.quality = quality;
        this.organisation = organisation;
    }

    @GetMapping("/facilities/sorting")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String sorting(@RequestParam(required = false) @Nullable Long siteId, Model model) {
        return sortingPage(model, siteId);
    }

    @PostMapping("/facilities/sorting")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    String recordSorting(@Valid @ModelAttribute("sortingForm") SortingForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Submit.attempt(errors, redirect, () -> sorting.record(CurrentUser.require(), form),
                "/facilities/sorting" + Submit.site(form.siteId()), () -> sortingPage(model, form.siteId()));
    }

    @GetMapping("/facilities/quality")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String quality(@RequestParam(required = false) @Nullable Long siteId, Model model) {
        return qualityPage(model, siteId);
    }

    @GetMapping("/facilities/quality/{id}")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String qualityCheck(@PathVariable long id, Model model) {
        model.addAttribute("check", quality.check(CurrentUser.require().scope(), id));
        return "facilities/assets/quality-check";
    }

    @PostMapping("/facilities/quality")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    String recordQuality(@Valid @ModelAttribute("qualityForm") QualityForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Submit.attempt(errors, redirect, () -> quality.record(CurrentUser.require(), form),
                "/facilities/quality" + Submit.site(form.siteId()), () -> qualityPage(model, form.siteId()));
    }

    private String sortingPage(Model model, @Nullable Long siteId) {
        var scope = CurrentUser.require().scope();
        model.addAttribute("sites", organisation.siteChoices(scope));
        model.addAttribute("siteId", siteId);
        model.addAttribute("checks", sorting.list(scope, siteId));
        if (!model.containsAttribute("sortingForm")) {
            model.addAttribute("sortingForm", SortingForm.blank(siteId));
        }
        return "facilities/assets/sorting";
    }

    private String qualityPage(Model model, @Nullable Long siteId) {
        var scope = CurrentUser.require().scope();
        model.addAttribute("sites", organisation.siteChoices(scope));
        model.addAttribute("siteId", siteId);
        model.addAttribute("checks", quality.list(scope, siteId));
        model.addAttribute("services", ServiceKind.facilityServices());
        model.addAttribute("kinds", QualityCheckKind.values());
        model.addAttribute("methods", CheckMethod.values());
        if (!model.containsAttribute("qualityForm")) {
            model.addAttribute("qualityForm", QualityForm.blank(siteId));
        }
        return "facilities/assets/quality";
    }

}
