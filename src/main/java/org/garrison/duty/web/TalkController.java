package org.garrison.duty.web;

import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.garrison.duty.internal.Talks;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Talk records (谈心记录簿): the talks at the sites in scope and writing one (the site picked first). */
@Controller
class TalkController {

    private final Talks talks;

    private final OrganisationManagement organisation;

    private final PeopleManagement people;

    TalkController(Talks talks, OrganisationManagement organisation, PeopleManagement people) {
        this.talks = talks;
        this.organisation = organisation;
        this.people = people;
    }

    @GetMapping("/duty/talks")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    String list(@RequestParam(required = false) @Nullable Long siteId, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        var sites = organisation.siteChoices(CurrentUser.require().scope());
        Long chosen = siteId != null ? siteId : sites.size() == 1 ? sites.get(0).id().value() : null;
        model.addAttribute("form", TalkForm.blank(chosen));
        return page(model, chosen, page, request);
    }

    @PostMapping("/duty/talks")
    @PreAuthorize("hasAuthority('DUTY_MANAGE')")
    String create(@Valid @ModelAttribute("form") TalkForm form, BindingResult errors, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model, form.siteId(), 0, request);
        }
        try {
            talks.record(CurrentUser.require(), Objects.requireNonNull(form.siteId()), Objects.requireNonNull(form.employeeId()),
                    form.talkedOn(), form.topic(), form.followUp());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page(model, form.siteId(), 0, request);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/duty/talks";
    }

    private String page(Model model, @Nullable Long siteId, int page, HttpServletRequest request) {
        var scope = CurrentUser.require().scope();
        var sites = organisation.siteChoices(scope);
        var site = siteId == null ? null : sites.stream().filter(s -> s.id().value() == siteId).findFirst().orElse(null);
        var found = talks.list(scope, PageLinks.request(page));
        model.addAttribute("talks", found.getContent());
        model.addAttribute("pages", PageLinks.of(found, request));
        model.addAttribute("sites", sites);
        model.addAttribute("site", site);
        model.addAttribute("guards", site == null ? List.of() : people.colleaguesAt(new SiteId(site.id().value())));
        return "duty/talks";
    }

}
