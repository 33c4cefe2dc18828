package org.garrison.attendance.web;

import java.util.List;

import org.garrison.attendance.internal.SiteRules;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.SiteId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Grace, absence threshold and geofence per site: the list of the user's sites and one site's form. */
@Controller
class SiteRulesController {

    private final SiteRules rules;

    private final OrganisationManagement organisation;

    SiteRulesController(SiteRules rules, OrganisationManagement organisation) {
        this.rules = rules;
        this.organisation = organisation;
    }

    /** A site with its rule, for the list. */
    record SiteRow(long id, String code, String name, org.garrison.attendance.internal.SiteRule rule) {
    }

    @GetMapping("/attendance/sites")
    @PreAuthorize("hasAuthority('ATTENDANCE_MANAGE')")
    String list(Model model) {
        var user = CurrentUser.require();
        var sites = organisation.siteChoices(user.scope());
        var byId = rules.of(sites.stream().map(s -> s.id().value()).toList());
        List<SiteRow> rows = sites.stream()
            .map(s -> new SiteRow(s.id().value(), s.code(), s.name(), byId.get(s.id().value())))
            .toList();
        model.addAttribute("rows", rows);
        return "attendance/sites";
    }

    @GetMapping("/attendance/sites/{id}")
    @PreAuthorize("hasAuthority('ATTENDANCE_MANAGE')")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", SiteRuleForm.of(rules.of(CurrentUser.require(), new SiteId(id))));
        return form(id, model);
    }

    @PostMapping("/attendance/sites/{id}")
    @PreAuthorize("hasAuthority('ATTENDANCE_MANAGE')")
    String save(@PathVariable long id, @ModelAttribute("form") SiteRuleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        var user = CurrentUser.require();
        organisation.requireSite(user.scope(), new SiteId(id));
        if (errors.hasErrors()) {
            return form(id, model);
        }
        try {
            rules.save(user, form.toRule(id));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
            return form(id, model);
        }
        redirect.addFlashAttribute("flash", "attendance.rule.saved");
        return "redirect:/attendance/sites";
    }

    private String form(long id, Model model) {
        organisation.requireSite(CurrentUser.require().scope(), new SiteId(id));
        model.addAttribute("siteId", id);
        model.addAttribute("siteName", organisation.siteName(new SiteId(id)));
        return "attendance/site-rule";
    }

}
