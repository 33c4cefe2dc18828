package org.garrison.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.SiteChoice;
import org.garrison.people.internal.PeopleQueries;
import org.garrison.people.internal.Roster;
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

/** The site roster (驻岗队员情况明细簿): who is posted where since when; posting through the on-duty gate. */
@Controller
class RosterController {

    private final Roster roster;

    private final PeopleQueries queries;

    private final OrganisationManagement organisation;

    private final Clock clock;

    RosterController(Roster roster, PeopleQueries queries, OrganisationManagement organisation, Clock clock) {
        this.roster = roster;
        this.queries = queries;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/people/roster")
    @PreAuthorize("hasAuthority('PEOPLE_VIEW')")
    String show(@RequestParam(required = false) @Nullable Long siteId, Model model) {
        model.addAttribute("form", new AssignForm(null, siteId, null, LocalDate.now(clock)));
        model.addAttribute("action", new PageAction());
        return page(model, siteId);
    }

    @PostMapping("/people/roster")
    @PreAuthorize("hasAuthority('ROSTER_MANAGE')")
    String assign(@Valid @ModelAttribute("form") AssignForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("action", new PageAction());
        if (errors.hasErrors()) {
            return page(model, form.siteId());
        }
        try {
            roster.assign(CurrentUser.require().scope(), form.employeeId(), form.siteId(), form.postId(), form.since());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page(model, form.siteId());
        }
        redirect.addFlashAttribute("flash", "people.roster.assigned");
        return "redirect:/people/roster?siteId=" + form.siteId();
    }

    @PostMapping("/people/roster/{employeeId}/release")
    @PreAuthorize("hasAuthority('ROSTER_MANAGE')")
    String release(@PathVariable long employeeId, @ModelAttribute("action") PageAction action, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        try {
            roster.release(CurrentUser.require().scope(), employeeId);
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            model.addAttribute("form", new AssignForm(null, null, null, LocalDate.now(clock)));
            return page(model, null);
        }
        redirect.addFlashAttribute("flash", "people.roster.released");
        return "redirect:/people/roster";
    }

    private String page(Model model, @Nullable Long siteId) {
        var scope = CurrentUser.require().scope();
        var current = roster.current(scope, siteId);
        var staff = queries.employees(scope, null, null);
        model.addAttribute("assignments", current);
        model.addAttribute("names", staff.stream().collect(Collectors.toMap(e -> e.getId(), e -> e.getFullName())));
        model.addAttribute("staff", staff);
        var sites = organisation.siteChoices(scope);
        model.addAttribute("sites", sites);
        model.addAttribute("siteNames", sites.stream().collect(Collectors.toMap(s -> s.id().value(), SiteChoice::name)));
        model.addAttribute("posts", organisation.postsIn(scope).stream().collect(Collectors.toMap(p -> p.id().value(), p -> p,
                (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("siteId", siteId);
        return "people/roster";
    }

}
