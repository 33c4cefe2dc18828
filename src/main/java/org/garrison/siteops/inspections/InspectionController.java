package org.garrison.siteops.inspections;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.SiteId;
import org.garrison.siteops.inspections.InspectionItem.Outcome;
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
 * Safety inspections (安全检查): schedules and recent inspections, doing one on the phone item by item
 * (pass / fail / not applicable, note, camera photo), and one inspection's results.
 */
@Controller
class InspectionController {

    private final Inspections inspections;

    private final InspectionQueries queries;

    private final Checklists checklists;

    private final OrganisationManagement organisation;

    private final Clock clock;

    InspectionController(Inspections inspections, InspectionQueries queries, Checklists checklists, OrganisationManagement organisation,
            Clock clock) {
        this.inspections = inspections;
        this.queries = queries;
        this.checklists = checklists;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/siteops/inspections")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    String overview(@RequestParam(required = false) @Nullable Long siteId, Model model) {
        model.addAttribute("form", ScheduleForm.blank(LocalDate.now(clock)));
        return overview(model, siteId);
    }

    @GetMapping("/siteops/inspections/new")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    String start(@RequestParam(required = false) @Nullable Long siteId, @RequestParam(required = false) @Nullable Long checklistId,
            Model model) {
        var user = CurrentUser.require();
        if (siteId == null || checklistId == null) {
            // a bookmark or a link from elsewhere: choose the site and checklist first
            model.addAttribute("sites", organisation.siteChoices(user.scope()));
            model.addAttribute("checklists", checklists.list().stream().filter(Checklist::isActive).toList());
            model.addAttribute("chosenSite", siteId);
            model.addAttribute("chosenChecklist", checklistId);
            return "siteops/inspection-start";
        }
        organisation.requireSite(user.scope(), new SiteId(siteId));
        model.addAttribute("form", InspectionForm.blank(siteId, checklistId));
        return form(model, siteId, checklists.get(checklistId));
    }

    @PostMapping("/siteops/inspections")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    String record(@Valid @ModelAttribute("form") InspectionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            // only a hand-made request lacks the hidden site or checklist: start again from the overview
            return "redirect:/siteops/inspections";
        }
        long siteId = Objects.requireNonNull(form.siteId());
        long checklistId = Objects.requireNonNull(form.checklistId());
        var checklist = checklists.get(checklistId);
        int items = checklist.itemList().size();
        long id;
        try {
            id = inspections.record(CurrentUser.require(), siteId, checklistId, form.itemResults(items), form.uploads(items))
                .getId();
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, siteId, checklist);
        }
        redirect.addFlashAttribute("flash", "siteops.inspection.recorded");
        return "redirect:/siteops/inspections/" + id;
    }

    @GetMapping("/siteops/inspections/{id}")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("card", queries.card(CurrentUser.require().scope(), id));
        return "siteops/inspection";
    }

    @PostMapping("/siteops/inspections/schedules")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String schedule(@Valid @ModelAttribute("form") ScheduleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return overview(model, null);
        }
        try {
            checklists.schedule(CurrentUser.require(), Objects.requireNonNull(form.siteId()),
                    Objects.requireNonNull(form.checklistId()), Objects.requireNonNull(form.everyDays()),
                    Objects.requireNonNull(form.firstDue()));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return overview(model, null);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/siteops/inspections";
    }

    /** The overview; the model already holds the schedule form (and its binding result after a post). */
    private String overview(Model model, @Nullable Long siteId) {
        var user = CurrentUser.require();
        model.addAttribute("schedules", checklists.schedules(user));
        model.addAttribute("inspections", queries.recent(user.scope(), siteId));
        model.addAttribute("sites", organisation.siteChoices(user.scope()));
        model.addAttribute("checklists", checklists.list().stream().filter(Checklist::isActive).toList());
        return "siteops/inspections";
    }

    /** The inspection form; the model already holds the inspection form (and its binding result after a post). */
    private String form(Model model, long siteId, Checklist checklist) {
        model.addAttribute("siteId", siteId);
        model.addAttribute("siteName", organisation.siteName(new SiteId(siteId)));
        model.addAttribute("checklist", checklist);
        model.addAttribute("items", checklist.itemList());
        model.addAttribute("choices", List.of(Outcome.values()));
        return "siteops/inspection-form";
    }

}
