package org.garrison.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.internal.Applicant;
import org.garrison.people.internal.ApplicantCertificates;
import org.garrison.people.internal.CertificateKind;
import org.garrison.people.internal.Education;
import org.garrison.people.internal.EligibilityRules;
import org.garrison.people.internal.HiringPlan;
import org.garrison.people.internal.PeopleQueries;
import org.garrison.people.internal.Recruitment;
import org.garrison.people.internal.Stage;
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

/**
 * The recruitment pipeline: the kanban board (moves by htmx), the list, one applicant with the
 * eligibility verdict, and the moves: record facts, advance, reject with a reason, override with a reason.
 */
@Controller
@PreAuthorize("hasAnyAuthority('RECRUITMENT_MANAGE', 'ELIGIBILITY_OVERRIDE')")
class PipelineController {

    static final List<Stage> COLUMNS = List.of(Stage.APPLIED, Stage.SCREENED, Stage.INTERVIEWED, Stage.PHYSICAL_TEST,
            Stage.BACKGROUND_CHECK, Stage.OFFER);

    private final PeopleQueries queries;

    private final Recruitment recruitment;

    private final ApplicantCertificates certificates;

    private final EligibilityRules rules;

    private final OrganisationManagement organisation;

    private final Clock clock;

    PipelineController(PeopleQueries queries, Recruitment recruitment, ApplicantCertificates certificates,
            EligibilityRules rules, OrganisationManagement organisation, Clock clock) {
        this.queries = queries;
        this.recruitment = recruitment;
        this.certificates = certificates;
        this.rules = rules;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/people/recruitment")
    @PreAuthorize("hasAnyAuthority('RECRUITMENT_MANAGE', 'ELIGIBILITY_OVERRIDE')")
    String board(Model model) {
        model.addAttribute("action", new PageAction());
        model.addAttribute("channelCounts", queries.channelCounts(CurrentUser.require().scope()));
        fillBoard(model);
        return "people/board";
    }

    @PostMapping("/people/recruitment/{id}/advance")
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    String advanceOnBoard(@PathVariable long id, @ModelAttribute("action") PageAction action, BindingResult errors,
            Model model) {
        try {
            recruitment.advance(CurrentUser.require().scope(), id);
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
        }
        fillBoard(model);
        return "people/board :: board";
    }

    @GetMapping("/people/applicants")
    @PreAuthorize("hasAnyAuthority('RECRUITMENT_MANAGE', 'ELIGIBILITY_OVERRIDE')")
    String list(@RequestParam(required = false) @Nullable Stage stage, @RequestParam(required = false) @Nullable String q,
            Model model) {
        var applicants = queries.applicants(CurrentUser.require().scope(), stage, q);
        model.addAttribute("applicants", applicants);
        model.addAttribute("stages", Stage.values());
        model.addAttribute("stage", stage);
        model.addAttribute("q", q);
        model.addAttribute("siteNames", organisation.siteNamesById(applicants.stream().map(Applicant::getSiteId).toList()));
        model.addAttribute("limit", PeopleQueries.LIST_LIMIT);
        return "people/applicants";
    }

    @GetMapping("/people/applicants/{id}")
    @PreAuthorize("hasAnyAuthority('RECRUITMENT_MANAGE', 'ELIGIBILITY_OVERRIDE')")
    String show(@PathVariable long id, Model model) {
        return detail(model, recruitment.get(CurrentUser.require().scope(), id));
    }

    @PostMapping("/people/applicants/{id}/facts")
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    String recordFacts(@PathVariable long id, @Valid @ModelAttribute("form") FactsForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        var scope = CurrentUser.require().scope();
        return act(id, errors, model, redirect, "common.saved", () -> recruitment.recordFacts(scope, id, form.facts()));
    }

    @PostMapping("/people/applicants/{id}/certificates")
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    String recordCertificate(@PathVariable long id, @Valid @ModelAttribute("certificate") CertificateForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        var scope = CurrentUser.require().scope();
        return act(id, errors, model, redirect, "common.saved", () -> certificates.record(scope, id, form.details()));
    }

    @PostMapping("/people/applicants/{id}/advance")
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    String advance(@PathVariable long id, @ModelAttribute("action") PageAction action, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        var scope = CurrentUser.require().scope();
        try {
            if (recruitment.advance(scope, id) == Stage.HIRED) {
                redirect.addFlashAttribute("flash", "people.applicant.hired");
                return "redirect:/people/employees/" + recruitment.get(scope, id).getEmployeeId();
            }
            redirect.addFlashAttribute("flash", "people.applicant.advanced");
            return "redirect:/people/applicants/" + id;
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
        }
        return detail(model, recruitment.get(scope, id));
    }

    @PostMapping("/people/applicants/{id}/plan")
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    String assignPlan(@PathVariable long id, @Valid @ModelAttribute("planChoice") PlanChoiceForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return act(id, errors, model, redirect, "common.saved",
                () -> recruitment.assignPlan(CurrentUser.require().scope(), id, Objects.requireNonNull(form.planId())));
    }

    @PostMapping("/people/applicants/{id}/reject")
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    String reject(@PathVariable long id, @Valid @ModelAttribute("rejection") ReasonForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return act(id, errors, model, redirect, "people.applicant.rejected",
                () -> recruitment.reject(CurrentUser.require().scope(), id, form.reason()));
    }

    @PostMapping("/people/applicants/{id}/override")
    @PreAuthorize("hasAuthority('ELIGIBILITY_OVERRIDE')")
    String override(@PathVariable long id, @Valid @ModelAttribute("override") ReasonForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return act(id, errors, model, redirect, "people.applicant.overridden",
                () -> recruitment.override(CurrentUser.require(), id, form.reason()));
    }

    /**
     * Makes the move unless the form was refused; a refusal from the domain is reported on the form that asked for
     * the move, and the applicant's page is shown again with it.
     */
    private String act(long id, BindingResult errors, Model model, RedirectAttributes redirect, String flash, Runnable move) {
        if (!errors.hasErrors()) {
            try {
                move.run();
                redirect.addFlashAttribute("flash", flash);
                return "redirect:/people/applicants/" + id;
            }
            catch (DomainException ex) {
                errors.reject(ex.messageKey(), ex.arguments(), null);
            }
        }
        return detail(model, recruitment.get(CurrentUser.require().scope(), id));
    }

    /** The applicant's page with its forms: those a refused post bound stay as they were sent, with their errors. */
    private String detail(Model model, Applicant applicant) {
        model.addAttribute("applicant", applicant);
        model.addAttribute("failures", applicant.getStage().isClosed() ? List.of() : rules.failures(applicant));
        model.addAttribute("policy", rules.policy());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", FactsForm.of(applicant));
        }
        if (!model.containsAttribute("action")) {
            model.addAttribute("action", new PageAction());
        }
        if (!model.containsAttribute("certificate")) {
            model.addAttribute("certificate", CertificateForm.blank());
        }
        model.addAttribute("shownCertificates", certificates.of(CurrentUser.require().scope(), applicant.getId()));
        if (!model.containsAttribute("planChoice")) {
            model.addAttribute("planChoice", new PlanChoiceForm(null));
        }
        if (!model.containsAttribute("rejection")) {
            model.addAttribute("rejection", ReasonForm.blank());
        }
        if (!model.containsAttribute("override")) {
            model.addAttribute("override", ReasonForm.blank());
        }
        model.addAttribute("educations", Education.values());
        model.addAttribute("certificateKinds", CertificateKind.values());
        List<HiringPlan> plans = applicant.getPlanId() == null ? queries.openPlans(CurrentUser.require().scope()) : List.of();
        var siteIds = new ArrayList<Long>(plans.stream().map(HiringPlan::getSiteId).toList());
        siteIds.add(applicant.getSiteId());
        model.addAttribute("siteNames", organisation.siteNamesById(siteIds));
        model.addAttribute("plans", plans);
        model.addAttribute("age", applicant.facts().residentId().ageOn(LocalDate.now(clock)));
        return "people/applicant";
    }

    private void fillBoard(Model model) {
        Map<Stage, List<Applicant>> columns = new LinkedHashMap<>();
        COLUMNS.forEach(stage -> columns.put(stage, new ArrayList<>()));
        queries.inPipeline(CurrentUser.require().scope())
            .stream()
            .filter(a -> columns.containsKey(a.getStage()))
            .forEach(a -> columns.get(a.getStage()).add(a));
        model.addAttribute("columns", columns);
        model.addAttribute("siteNames", organisation.siteNamesById(
                columns.values().stream().flatMap(List::stream).map(Applicant::getSiteId).toList()));
        model.addAttribute("allStages", Arrays.asList(Stage.values()));
    }

}
