package org.garrison.duty.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.garrison.duty.DutyPermissions;
import org.garrison.duty.PenaltyItem;
import org.garrison.duty.internal.CheckItem;
import org.garrison.duty.internal.CheckKind;
import org.garrison.duty.internal.PostChecks;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.PeopleManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.SiteId;
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
 * The post-check book (查岗记录簿) and inspections: the checks of the sites in scope, recording one (a phone-sized
 * form for a team leader on his round, the site picked first), one check with its photos, publishing a covert one.
 */
@Controller
class PostCheckController {

    private final PostChecks checks;

    private final OrganisationManagement organisation;

    private final PeopleManagement people;

    PostCheckController(PostChecks checks, OrganisationManagement organisation, PeopleManagement people) {
        this.checks = checks;
        this.organisation = organisation;
        this.people = people;
    }

    @GetMapping("/duty/checks")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    String list(@RequestParam(required = false) @Nullable Long siteId, @RequestParam(required = false) @Nullable CheckKind kind,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        var user = CurrentUser.require();
        var found = checks.list(user, siteId, kind, PageLinks.request(page));
        model.addAttribute("checks", found.getContent());
        model.addAttribute("pages", PageLinks.of(found, request));
        model.addAttribute("sites", organisation.siteChoices(user.scope()));
        model.addAttribute("kinds", kinds(user));
        model.addAttribute("siteId", siteId);
        model.addAttribute("kind", kind);
        return "duty/checks";
    }

    @GetMapping("/duty/checks/new")
    @PreAuthorize("hasAuthority('DUTY_CHECK')")
    String newCheck(@RequestParam(required = false) @Nullable Long siteId, Model model) {
        var sites = organisation.siteChoices(CurrentUser.require().scope());
        Long chosen = siteId != null ? siteId : sites.size() == 1 ? sites.get(0).id().value() : null;
        model.addAttribute("form", CheckForm.blank(chosen));
        return form(model, chosen);
    }

    @PostMapping("/duty/checks")
    @PreAuthorize("hasAuthority('DUTY_CHECK')")
    String create(@Valid @ModelAttribute("form") CheckForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, form.siteId());
        }
        long id;
        try {
            id = checks.record(CurrentUser.require(), form.draft());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, form.siteId());
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/duty/checks/" + id;
    }

    @GetMapping("/duty/checks/{id}")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("check", checks.card(CurrentUser.require(), id));
        model.addAttribute("checkItems", CheckItem.values());
        return "duty/check";
    }

    @PostMapping("/duty/checks/{id}/publish")
    @PreAuthorize("hasAuthority('DUTY_COVERT')")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        try {
            checks.publish(CurrentUser.require(), id);
            redirect.addFlashAttribute("flash", "duty.check.publishedNow");
        }
        catch (DomainException ex) {
            Problems.add(redirect, ex);
        }
        return "redirect:/duty/checks/" + id;
    }

    private String form(Model model, @Nullable Long siteId) {
        var user = CurrentUser.require();
        var sites = organisation.siteChoices(user.scope());
        var site = siteId == null ? null
                : sites.stream().filter(s -> s.id().value() == siteId).findFirst().orElse(null);
        model.addAttribute("sites", sites);
        model.addAttribute("site", site);
        model.addAttribute("posts", site == null ? List.of()
                : organisation.postsIn(user.scope()).stream().filter(p -> p.site().equals(site.id())).toList());
        model.addAttribute("guards", site == null ? List.of() : people.colleaguesAt(new SiteId(site.id().value())));
        model.addAttribute("kinds", kinds(user));
        model.addAttribute("items", CheckItem.values());
        model.addAttribute("penaltyItems", PenaltyItem.values());
        return "duty/check-form";
    }

    /** The kinds the user may record or filter by: covert only for those who may see covert inspections. */
    private static List<CheckKind> kinds(CurrentUser user) {
        return Arrays.stream(CheckKind.values())
            .filter(k -> k != CheckKind.COVERT || user.can(DutyPermissions.DUTY_COVERT))
            .toList();
    }

}
