package org.garrison.people.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.validation.Valid;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.internal.ApplicantImport;
import org.garrison.people.internal.Education;
import org.garrison.people.internal.EligibilityRules;
import org.garrison.people.internal.HiringPlan;
import org.garrison.people.internal.PeopleQueries;
import org.garrison.people.internal.Recruitment;
import org.garrison.people.internal.RecruitmentChannel;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How people enter the pipeline: hiring plans, a new applicant, the Excel import, and the eligibility rules. */
@Controller
class IntakeController {

    private final PeopleQueries queries;

    private final Recruitment recruitment;

    private final ApplicantImport importer;

    private final EligibilityRules rules;

    private final OrganisationManagement organisation;

    private final MessageSource messages;

    IntakeController(PeopleQueries queries, Recruitment recruitment, ApplicantImport importer, EligibilityRules rules,
            OrganisationManagement organisation, MessageSource messages) {
        this.queries = queries;
        this.recruitment = recruitment;
        this.importer = importer;
        this.rules = rules;
        this.organisation = organisation;
        this.messages = messages;
    }

    @GetMapping("/people/plans")
    @PreAuthorize("hasAnyAuthority('RECRUITMENT_MANAGE', 'ELIGIBILITY_OVERRIDE')")
    String plans(Model model) {
        var plans = queries.plans(CurrentUser.require().scope());
        model.addAttribute("plans", plans);
        model.addAttribute("siteNames", organisation.siteNamesById(plans.stream().map(HiringPlan::getSiteId).toList()));
        return "people/plans";
    }

    @GetMapping("/people/plans/new")
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    String newPlan(Model model) {
        model.addAttribute("form", PlanForm.blank());
        return planForm(model);
    }

    @PostMapping("/people/plans")
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    String openPlan(@Valid @ModelAttribute("form") PlanForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return planForm(model);
        }
        try {
            recruitment.openPlan(CurrentUser.require().scope(), form.details(), null, null);
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return planForm(model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/people/plans";
    }

    @GetMapping("/people/applicants/new")
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    String newApplicant(@RequestParam(required = false) @Nullable Long planId, Model model) {
        var blank = ApplicantForm.blank();
        model.addAttribute("form", new ApplicantForm(planId, blank.fullName(), blank.residentId(), blank.phone(), null, null, null));
        return applicantForm(model);
    }

    @PostMapping("/people/applicants")
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    String apply(@Valid @ModelAttribute("form") ApplicantForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return applicantForm(model);
        }
        long id;
        try {
            id = recruitment.apply(CurrentUser.require().scope(), form.details()).getId();
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return applicantForm(model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/people/applicants/" + id;
    }

    @GetMapping("/people/applicants/import")
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    String importForm(Model model) {
        model.addAttribute("form", new ImportForm(null));
        return "people/import";
    }

    @GetMapping("/people/applicants/import/template")
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    ResponseEntity<byte[]> importTemplate(Locale locale) {
        return ApplicantTemplate.download(messages, locale);
    }

    @PostMapping("/people/applicants/import")
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    String startImport(@ModelAttribute("form") ImportForm form, BindingResult errors) throws IOException {
        var file = form.file();
        try {
            if (file == null || file.isEmpty()) {
                throw new DomainException("people.import.empty");
            }
            return "redirect:/jobs/" + importer.start(file.getBytes());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return "people/import";
        }
    }

    @GetMapping("/people/eligibility")
    @PreAuthorize("hasAnyAuthority('RECRUITMENT_MANAGE', 'ELIGIBILITY_OVERRIDE')")
    String rules(Model model) {
        model.addAttribute("form", RulesForm.of(rules.policy()));
        return rulesForm(model);
    }

    @PostMapping("/people/eligibility")
    @PreAuthorize("hasAuthority('ELIGIBILITY_OVERRIDE')")
    String changeRules(@Valid @ModelAttribute("form") RulesForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return rulesForm(model);
        }
        try {
            rules.change(form.minAge(), form.maxAge(), form.minHeightCm(), form.minEducation(),
                    form.healthRequired(), form.cleanRecord());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return rulesForm(model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/people/eligibility";
    }

    private String planForm(Model model) {
        var scope = CurrentUser.require().scope();
        model.addAttribute("sites", organisation.siteChoices(scope));
        model.addAttribute("posts", organisation.postsIn(scope));
        return "people/plan-form";
    }

    private String applicantForm(Model model) {
        var plans = queries.openPlans(CurrentUser.require().scope());
        model.addAttribute("plans", plans);
        model.addAttribute("siteNames", organisation.siteNamesById(plans.stream().map(HiringPlan::getSiteId).toList()));
        model.addAttribute("educations", Education.values());
        model.addAttribute("channels", RecruitmentChannel.values());
        return "people/applicant-form";
    }

    private String rulesForm(Model model) {
        model.addAttribute("educations", Education.values());
        return "people/rules";
    }

}
