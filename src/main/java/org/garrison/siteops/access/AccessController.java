package org.garrison.siteops.access;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.Texts;
import org.garrison.siteops.access.AccessViews.AccessFilter;
import org.garrison.siteops.access.AccessViews.Admission;
import org.garrison.siteops.web.ProblemFlash;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The gate (出入管理) on a phone: quick entry of people and vehicles, who is still on site, leaving and
 * release (放行); the search over the log and its Excel export.
 */
@Controller
class AccessController {

    private static final String GATE = "siteops/access";

    private final AccessLog log;

    private final AccessQueries queries;

    private final AccessExport export;

    private final OrganisationManagement organisation;

    AccessController(AccessLog log, AccessQueries queries, AccessExport export, OrganisationManagement organisation) {
        this.log = log;
        this.queries = queries;
        this.export = export;
        this.organisation = organisation;
    }

    @GetMapping("/siteops/access")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    String gate(@RequestParam(required = false) @Nullable Long siteId, Model model) {
        Long site = siteId == null ? onlySite() : siteId;
        model.addAttribute("personForm", PersonForm.blank(site));
        model.addAttribute("vehicleForm", VehicleForm.blank(site));
        return gate(model, site);
    }

    @PostMapping("/siteops/access/people")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    String admitPerson(@Valid @ModelAttribute("personForm") PersonForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("vehicleForm", VehicleForm.blank(form.siteId()));
        if (errors.hasErrors()) {
            return gate(model, form.siteId());
        }
        Admission admission;
        try {
            admission = log.admitPerson(CurrentUser.require(), Objects.requireNonNull(form.siteId()), form.visitor());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return gate(model, form.siteId());
        }
        admitted(redirect, admission, form.name());
        return "redirect:/siteops/access?siteId=" + form.siteId();
    }

    @PostMapping("/siteops/access/people/{id}/leave")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    String personLeaves(@PathVariable long id, @ModelAttribute("leaveForm") LeaveForm form, RedirectAttributes redirect) {
        try {
            log.personLeaves(CurrentUser.require(), id, form.badgeBack());
            redirect.addFlashAttribute("flash", "siteops.access.left");
        }
        catch (DomainException ex) {
            ProblemFlash.add(redirect, ex);
        }
        return backToGate(form.siteId());
    }

    @PostMapping("/siteops/access/vehicles")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    String admitVehicle(@Valid @ModelAttribute("vehicleForm") VehicleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("personForm", PersonForm.blank(form.siteId()));
        if (errors.hasErrors()) {
            return gate(model, form.siteId());
        }
        Admission admission;
        try {
            admission = log.admitVehicle(CurrentUser.require(), Objects.requireNonNull(form.siteId()), form.plate(),
                    form.driver(), form.cargo());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return gate(model, form.siteId());
        }
        admitted(redirect, admission, form.plate());
        return "redirect:/siteops/access?siteId=" + form.siteId();
    }

    @PostMapping("/siteops/access/vehicles/{id}/release")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    String release(@PathVariable long id, @Valid @ModelAttribute("releaseForm") ReleaseForm form, BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            // one small form per vehicle: the refusal is shown at the top of the gate page it returns to
            redirect.addFlashAttribute("problem", "siteops.access.authorisedByTooLong");
            return backToGate(form.siteId());
        }
        try {
            if (log.release(CurrentUser.require(), id, form.authorisingPerson())) {
                // released all the same: the violation is recorded, the guard is told so in red
                warn(redirect, "siteops.access.releasedUnauthorised");
            }
            else {
                redirect.addFlashAttribute("flash", "siteops.access.released");
            }
        }
        catch (DomainException ex) {
            ProblemFlash.add(redirect, ex);
        }
        return backToGate(form.siteId());
    }

    @GetMapping("/siteops/access/search")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    String search(@RequestParam(required = false) @Nullable Long siteId, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            Model model) {
        var scope = CurrentUser.require().scope();
        var filter = new AccessFilter(siteId, Texts.blankToNull(q), day);
        model.addAttribute("filter", filter);
        model.addAttribute("people", queries.searchPeople(scope, filter));
        model.addAttribute("vehicles", queries.searchVehicles(scope, filter));
        model.addAttribute("limit", AccessQueries.LIST_LIMIT);
        model.addAttribute("sites", organisation.siteChoices(scope));
        return "siteops/access-search";
    }

    @PostMapping("/siteops/access/export")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    String export(@RequestParam(required = false) @Nullable Long siteId, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            RedirectAttributes redirect) {
        long job = export.start(new AccessFilter(siteId, Texts.blankToNull(q), day));
        redirect.addFlashAttribute("flash", "siteops.access.exportStarted");
        return "redirect:/jobs/" + job;
    }

    private static void admitted(RedirectAttributes redirect, Admission admission, String who) {
        if (admission.alert() == null) {
            redirect.addFlashAttribute("flash", "siteops.access.admitted");
        }
        else {
            warn(redirect, admission.alert().messageKey(), who, admission.reason() == null ? "" : admission.reason());
        }
    }

    /**
     * An entry or release that was recorded but that the gate must act on (a watch-listed visitor, a release without
     * authorisation): a message key and its arguments, shown in red on the gate page in the user's language.
     */
    private static void warn(RedirectAttributes redirect, String messageKey, String... arguments) {
        redirect.addFlashAttribute("accessAlert", messageKey);
        redirect.addFlashAttribute("accessAlertArgs", arguments);
    }

    private static String backToGate(@Nullable Long siteId) {
        return "redirect:/siteops/access" + (siteId == null ? "" : "?siteId=" + siteId);
    }

    private @Nullable Long onlySite() {
        var choices = organisation.siteChoices(CurrentUser.require().scope());
        return choices.size() == 1 ? choices.get(0).id().value() : null;
    }

    /** The gate page; the model already holds both entry forms (the one just posted with its binding result). */
    private String gate(Model model, @Nullable Long siteId) {
        var scope = CurrentUser.require().scope();
        model.addAttribute("siteId", siteId);
        model.addAttribute("sites", organisation.siteChoices(scope));
        model.addAttribute("idTypes", IdType.values());
        model.addAttribute("visitors", queries.visitorsOnSite(scope, siteId));
        model.addAttribute("vehicles", queries.vehiclesOnSite(scope, siteId));
        model.addAttribute("leaveForm", LeaveForm.blank(siteId));
        model.addAttribute("releaseForm", ReleaseForm.blank(siteId));
        return GATE;
    }

}
