package org.garrison.rosters.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeopleManagement;
import org.garrison.rosters.internal.AutoRostering;
import org.garrison.rosters.internal.RosterDrafts;
import org.garrison.rosters.internal.RosterPublishing;
import org.garrison.rosters.web.RosterForms.AssignForm;
import org.garrison.rosters.web.RosterForms.PlanForm;
import org.garrison.rosters.web.RosterForms.PublishForm;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
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
 * Rosters for security operations and team leaders: the list with the form to propose one (a long job), a roster
 * with its explanations, one shift picked by hand with the rules checked live (htmx), and publishing.
 */
@Controller
@PreAuthorize("hasAuthority('ROSTER_PLAN')")
class RosterPlanController {

    private final AutoRostering auto;

    private final RosterDrafts drafts;

    private final RosterPublishing publishing;

    private final RosterGrid grid;

    private final OrganisationManagement organisation;

    private final PeopleManagement people;

    private final Clock clock;

    RosterPlanController(AutoRostering auto, RosterDrafts drafts, RosterPublishing publishing, RosterGrid grid,
            OrganisationManagement organisation, PeopleManagement people, Clock clock) {
        this.auto = auto;
        this.drafts = drafts;
        this.publishing = publishing;
        this.grid = grid;
        this.organisation = organisation;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/rosters")
    String list(Model model) {
        var scope = CurrentUser.require().scope();
        if (!model.containsAttribute("form")) {
            LocalDate next = LocalDate.now(clock).plusMonths(1).withDayOfMonth(1);
            model.addAttribute("form", new PlanForm(ScopeLevel.SITE, null, next, next.plusMonths(1).minusDays(1)));
        }
        model.addAttribute("rosters", drafts.list(scope));
        model.addAttribute("sites", organisation.siteChoices(scope));
        model.addAttribute("branches", organisation.branchChoices(scope));
        model.addAttribute("companyWide", scope.isCompanyWide());
        return "rosters/list";
    }

    @PostMapping("/rosters")
    String plan(@Valid @ModelAttribute("form") PlanForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long job = auto.start(CurrentUser.require(), new AutoRostering.Request(form.level(),
                        form.level() == ScopeLevel.COMPANY ? null : form.ref(), form.firstDay(), form.lastDay()));
                redirect.addFlashAttribute("flash", "longjobs.started");
                return "redirect:/jobs/" + job;
            }
            catch (DomainException ex) {
                errors.reject(ex.messageKey(), ex.arguments(), null);
            }
        }
        return list(model);
    }

    @GetMapping("/rosters/{id}")
    String show(@PathVariable long id, Model model) {
        var scope = CurrentUser.require().scope();
        model.addAttribute("roster", drafts.get(scope, id));
        model.addAttribute("grid", grid.of(scope, id));
        model.addAttribute("findings", grid.findings(scope, id));
        var roster = drafts.get(scope, id);
        if (roster.getState() == org.garrison.rosters.internal.Roster.State.DRAFT) {
            model.addAttribute("readiness", grid.readiness(scope, id));
        }
        if (!model.containsAttribute("publish")) {
            model.addAttribute("publish", new PublishForm(null));
        }
        return "rosters/roster";
    }

    @PostMapping("/rosters/{id}/publish")
    String publish(@PathVariable long id, @Valid @ModelAttribute("publish") PublishForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        if (!errors.hasErrors()) {
            try {
                publishing.publish(user.scope(), id, form.reason(), user.id());
                redirect.addFlashAttribute("flash", "rosters.published");
                return "redirect:/rosters/" + id;
            }
            catch (DomainException ex) {
                errors.reject(ex.messageKey(), ex.arguments(), null);
            }
        }
        return show(id, model);
    }

    @PostMapping("/rosters/{id}/discard")
    String discard(@PathVariable long id, RedirectAttributes redirect) {
        drafts.discard(CurrentUser.require().scope(), id);
        redirect.addFlashAttribute("flash", "rosters.discarded");
        return "redirect:/rosters";
    }

    @GetMapping("/rosters/{id}/shifts/{shiftId}")
    String shift(@PathVariable long id, @PathVariable long shiftId, Model model) {
        var scope = CurrentUser.require().scope();
        model.addAttribute("roster", drafts.get(scope, id));
        model.addAttribute("shift", grid.shift(scope, id, shiftId));
        model.addAttribute("guards", people.dutyCandidates(scope));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AssignForm(grid.shift(scope, id, shiftId).employeeId()));
        }
        return "rosters/shift";
    }

    /** The live check while picking a guard: the rules the guard would break on the shift (an htmx fragment). */
    @GetMapping("/rosters/{id}/shifts/{shiftId}/check")
    String check(@PathVariable long id, @PathVariable long shiftId, @RequestParam(required = false) Long employeeId,
            Model model) {
        model.addAttribute("problems", employeeId == null ? List.of()
                : grid.problems(CurrentUser.require().scope(), id, shiftId, new EmployeeId(employeeId)));
        model.addAttribute("picked", employeeId != null);
        return "rosters/shift :: checks";
    }

    @PostMapping("/rosters/{id}/shifts/{shiftId}")
    String assign(@PathVariable long id, @PathVariable long shiftId, @ModelAttribute("form") AssignForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            publishing.assign(CurrentUser.require().scope(), id, shiftId,
                    form.employeeId() == null ? null : new EmployeeId(form.employeeId()));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            model.addAttribute("problems", form.employeeId() == null ? List.of()
                    : grid.problems(CurrentUser.require().scope(), id, shiftId, new EmployeeId(form.employeeId())));
            return shift(id, shiftId, model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/rosters/" + id;
    }

}
