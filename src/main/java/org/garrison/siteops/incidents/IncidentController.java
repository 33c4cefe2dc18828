package org.garrison.siteops.incidents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.siteops.incidents.Views.IncidentFilter;
import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.internal.Severity;
import org.garrison.siteops.preparedness.EmergencyPlans;
import org.garrison.siteops.preparedness.EmergencyResponses;
import org.garrison.siteops.web.NoteForm;
import org.garrison.siteops.web.Photos;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Incidents (突发事件): the list, the quick report from a phone, and an incident with its timeline, completion and the
 * emergency plan activated for it.
 */
@Controller
class IncidentController {

    private static final String REPORT = "siteops/incident-report";

    private final Incidents incidents;

    private final IncidentQueries queries;

    private final OrganisationManagement organisation;

    private final EmergencyPlans plans;

    private final EmergencyResponses responses;

    private final Clock clock;

    IncidentController(Incidents incidents, IncidentQueries queries, OrganisationManagement organisation, EmergencyPlans plans,
            EmergencyResponses responses, Clock clock) {
        this.incidents = incidents;
        this.queries = queries;
        this.organisation = organisation;
        this.plans = plans;
        this.responses = responses;
        this.clock = clock;
    }

    @GetMapping("/siteops/incidents")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    String list(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable IncidentType type,
            @RequestParam(required = false) @Nullable IncidentStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Model model) {
        var user = CurrentUser.require();
        var filter = new IncidentFilter(siteId, type, status, from, to);
        model.addAttribute("incidents", queries.list(user.scope(), filter));
        model.addAttribute("filter", filter);
        model.addAttribute("limit", IncidentQueries.LIST_LIMIT);
        model.addAttribute("sites", organisation.siteChoices(user.scope()));
        model.addAttribute("types", IncidentType.values());
        model.addAttribute("statuses", IncidentStatus.values());
        return "siteops/incidents";
    }

    @GetMapping("/siteops/incidents/report")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    String reportForm(Model model) {
        var choices = organisation.siteChoices(CurrentUser.require().scope());
        model.addAttribute("form", ReportForm.blank(choices.size() == 1 ? choices.get(0).id().value() : null, clock));
        return report(model);
    }

    @PostMapping("/siteops/incidents")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    String report(@Valid @ModelAttribute("form") ReportForm form, BindingResult errors,
            @RequestParam(required = false) @Nullable MultipartFile photo, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return report(model);
        }
        long id;
        try {
            id = incidents.report(CurrentUser.require(), Objects.requireNonNull(form.siteId()),
                    Objects.requireNonNull(form.type()), Objects.requireNonNull(form.severity()), form.place(),
                    form.summary(), form.occurredInstant(clock), Photos.of(photo)).getId();
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return report(model);
        }
        redirect.addFlashAttribute("flash", "siteops.incident.reported");
        return "redirect:/siteops/incidents/" + id;
    }

    @GetMapping("/siteops/incidents/{id}")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    String show(@PathVariable long id, Model model) {
        return detail(model, id);
    }

    @PostMapping("/siteops/incidents/{id}/actions")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    String addAction(@PathVariable long id, @Valid @ModelAttribute("actionForm") NoteForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(model, id);
        }
        try {
            incidents.addAction(CurrentUser.require(), id, form.note());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return detail(model, id);
        }
        redirect.addFlashAttribute("flash", "siteops.incident.actionAdded");
        return "redirect:/siteops/incidents/" + id;
    }

    @PostMapping("/siteops/incidents/{id}/completion")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    String complete(@PathVariable long id, @Valid @ModelAttribute("completionForm") CompletionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(model, id);
        }
        try {
            incidents.complete(CurrentUser.require(), id, form.completion());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return detail(model, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/siteops/incidents/" + id;
    }

    @PostMapping("/siteops/incidents/{id}/close")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String close(@PathVariable long id, @Valid @ModelAttribute("closeForm") NoteForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(model, id);
        }
        try {
            incidents.close(CurrentUser.require(), id, form.note());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return detail(model, id);
        }
        redirect.addFlashAttribute("flash", "siteops.incident.closedFlash");
        return "redirect:/siteops/incidents/" + id;
    }

    @PostMapping("/siteops/incidents/{id}/response")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    String activatePlan(@PathVariable long id, @Valid @ModelAttribute("activationForm") ActivationForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(model, id);
        }
        try {
            responses.activate(CurrentUser.require(), id, Objects.requireNonNull(form.planId()));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return detail(model, id);
        }
        redirect.addFlashAttribute("flash", "siteops.response.activated");
        return "redirect:/siteops/incidents/" + id;
    }

    /** The report page; the model already holds the report form (and its binding result after a post). */
    private String report(Model model) {
        model.addAttribute("sites", organisation.siteChoices(CurrentUser.require().scope()));
        model.addAttribute("types", IncidentType.values());
        model.addAttribute("severities", Severity.values());
        return REPORT;
    }

    /** The incident page with its forms; a form just posted (with its binding result) is already in the model. */
    private String detail(Model model, long id) {
        var scope = CurrentUser.require().scope();
        var card = queries.card(scope, id);
        model.addAttribute("card", card);
        model.addAttribute("response", responses.of(scope, id).orElse(null));
        var approved = plans.approvedAt(card.row().siteId(), card.row().type());
        model.addAttribute("plans", approved);
        if (!model.containsAttribute("activationForm")) {
            model.addAttribute("activationForm", ActivationForm.suggested(approved, card.row().type()));
        }
        if (!model.containsAttribute("completionForm")) {
            model.addAttribute("completionForm", CompletionForm.of(card));
        }
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", NoteForm.blank());
        }
        if (!model.containsAttribute("closeForm")) {
            model.addAttribute("closeForm", NoteForm.blank());
        }
        model.addAttribute("severities", Severity.values());
        return "siteops/incident";
    }

}
