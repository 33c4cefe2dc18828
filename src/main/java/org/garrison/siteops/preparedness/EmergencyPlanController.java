package org.garrison.siteops.preparedness;

import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.SiteId;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.Texts;
import org.garrison.siteops.internal.IncidentType;
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

/** Emergency plans (应急预案): list, writing, submitting and approving by someone other than the author. */
@Controller
class EmergencyPlanController {

    private static final String FORM = "siteops/plan-form";

    private final EmergencyPlans plans;

    private final OrganisationManagement organisation;

    EmergencyPlanController(EmergencyPlans plans, OrganisationManagement organisation) {
        this.plans = plans;
        this.organisation = organisation;
    }

    @GetMapping("/siteops/plans")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    String list(Model model) {
        var scope = CurrentUser.require().scope();
        var list = plans.list(scope);
        model.addAttribute("plans", list);
        model.addAttribute("siteNames", organisation.siteNamesById(list.stream().map(EmergencyPlan::getSiteId).toList()));
        return "siteops/plans";
    }

    @GetMapping("/siteops/plans/new")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String newPlan(Model model) {
        var choices = organisation.siteChoices(CurrentUser.require().scope());
        model.addAttribute("form", PlanForm.blank(choices.size() == 1 ? choices.get(0).id().value() : null));
        return form(model, null);
    }

    @PostMapping("/siteops/plans")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String create(@Valid @ModelAttribute("form") PlanForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        long id;
        try {
            id = plans.create(CurrentUser.require(), Objects.requireNonNull(form.siteId()), form.content()).getId();
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/siteops/plans/" + id;
    }

    @GetMapping("/siteops/plans/{id}")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("decision", DecisionForm.empty());
        return detail(model, id);
    }

    @GetMapping("/siteops/plans/{id}/edit")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", PlanForm.of(plans.get(CurrentUser.require().scope(), id)));
        return form(model, id);
    }

    @PostMapping("/siteops/plans/{id}")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            plans.change(CurrentUser.require(), id, form.content());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/siteops/plans/" + id;
    }

    @PostMapping("/siteops/plans/{id}/submit")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String submit(@PathVariable long id, @ModelAttribute("decision") DecisionForm decision, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        // the submit button posts no field: the (empty) decision form only carries a refusal back to the plan page
        try {
            plans.submit(CurrentUser.require(), id);
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return detail(model, id);
        }
        redirect.addFlashAttribute("flash", "siteops.plan.submitted");
        return "redirect:/siteops/plans/" + id;
    }

    @PostMapping("/siteops/plans/{id}/decide")
    @PreAuthorize("hasAuthority('SITEOPS_PLAN_APPROVE')")
    String decide(@PathVariable long id, @Valid @ModelAttribute("decision") DecisionForm decision, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(model, id);
        }
        boolean approved = decision.isApproval();
        try {
            plans.decide(CurrentUser.require(), id, approved, Texts.blankToNull(decision.note()));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return detail(model, id);
        }
        redirect.addFlashAttribute("flash", approved ? "siteops.plan.approvedFlash" : "siteops.plan.rejectedFlash");
        return "redirect:/siteops/plans/" + id;
    }

    /** The plan page; the model already holds the decision form (and its binding result after a post). */
    private String detail(Model model, long id) {
        var plan = plans.get(CurrentUser.require().scope(), id);
        model.addAttribute("plan", plan);
        model.addAttribute("siteName", organisation.siteName(new SiteId(plan.getSiteId())));
        return "siteops/plan";
    }

    private String form(Model model, @Nullable Long id) {
        var scope = CurrentUser.require().scope();
        if (id != null) {
            plans.get(scope, id);
        }
        model.addAttribute("planId", id);
        model.addAttribute("sites", organisation.siteChoices(scope));
        model.addAttribute("types", IncidentType.values());
        return FORM;
    }

}
