package org.garrison.organisation.web;

import jakarta.validation.Valid;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.internal.Clients;
import org.garrison.organisation.internal.OrgDirectory;
import org.garrison.organisation.internal.OrgStructure;
import org.garrison.organisation.internal.OrgStructure.SiteFilter;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
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

/** Sites (驻点) within the user's scope: the filtered list, a site with its posts, creating and changing. */
@Controller
class SiteController {

    private static final String FORM = "organisation/site-form";

    private final OrgDirectory directory;

    private final OrgStructure structure;

    private final Clients clients;

    private final OrganisationManagement organisation;

    SiteController(OrgDirectory directory, OrgStructure structure, Clients clients, OrganisationManagement organisation) {
        this.directory = directory;
        this.structure = structure;
        this.clients = clients;
        this.organisation = organisation;
    }

    @GetMapping("/org/sites")
    @PreAuthorize("hasAuthority('ORG_VIEW')")
    String list(@RequestParam(required = false) @Nullable Long branchId,
            @RequestParam(required = false) @Nullable Long clientId,
            @RequestParam(required = false) @Nullable Boolean active, Model model) {
        var scope = scope();
        model.addAttribute("sites", directory.sites(scope, new SiteFilter(branchId, clientId, active)));
        model.addAttribute("branches", structure.branches(scope));
        model.addAttribute("clients", clients.list(scope, null, null));
        model.addAttribute("branchId", branchId);
        model.addAttribute("clientId", clientId);
        model.addAttribute("active", active);
        return "organisation/sites";
    }

    @GetMapping("/org/sites/{id}")
    @PreAuthorize("hasAuthority('ORG_VIEW')")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("card", directory.site(scope(), id));
        return "organisation/site";
    }

    @GetMapping("/org/sites/new")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String newSite(@RequestParam(required = false) @Nullable Long branchId,
            @RequestParam(required = false) @Nullable Long clientId, Model model) {
        model.addAttribute("form", SiteForm.blank(branchId, clientId));
        return form(model, null);
    }

    @PostMapping("/org/sites")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String create(@Valid @ModelAttribute("form") SiteForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        long id;
        try {
            id = structure.createSite(scope(), form.details()).getId();
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/org/sites/" + id;
    }

    @GetMapping("/org/sites/{id}/edit")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", SiteForm.of(directory.site(scope(), id).site()));
        return form(model, id);
    }

    @PostMapping("/org/sites/{id}")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") SiteForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        var scope = scope();
        if (errors.hasErrors()) {
            structure.site(scope, id);
            return form(model, id);
        }
        try {
            structure.updateSite(scope, id, form.details(), form.isActive());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/org/sites/" + id;
    }

    private String form(Model model, @Nullable Long id) {
        model.addAttribute("siteId", id);
        model.addAttribute("branches", structure.branches(scope()));
        model.addAttribute("clients", organisation.clientNames());
        return FORM;
    }

    private static DataScope scope() {
        return CurrentUser.require().scope();
    }

}
