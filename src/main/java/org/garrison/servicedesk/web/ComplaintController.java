package org.garrison.servicedesk.web;

import jakarta.validation.Valid;

import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.servicedesk.internal.ComplaintState;
import org.garrison.servicedesk.internal.Complaints;
import org.garrison.servicedesk.internal.Intake;
import org.garrison.servicedesk.internal.ScopedComplaints;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The complaint register: the scoped list (with the overdue view, 处理时效管理及逾期反映), one complaint with
 * its history and steps, and filing — by customer service (signed at once) or by a client in the portal.
 */
@Controller
class ComplaintController {

    private final ComplaintQueries queries;

    private final Complaints complaints;

    private final ComplaintPage page;

    ComplaintController(ComplaintQueries queries, Complaints complaints, ComplaintPage page) {
        this.queries = queries;
        this.complaints = complaints;
        this.page = page;
    }

    @GetMapping("/servicedesk/complaints")
    @PreAuthorize("hasAuthority('COMPLAINTS_VIEW')")
    String list(@RequestParam(required = false) @Nullable ComplaintState state,
            @RequestParam(defaultValue = "false") boolean overdue, Model model) {
        var user = CurrentUser.require();
        var complaints = queries.list(user, state, overdue);
        model.addAttribute("complaints", complaints);
        model.addAttribute("state", state);
        model.addAttribute("overdue", overdue);
        model.addAttribute("states", ComplaintState.values());
        model.addAttribute("limit", ScopedComplaints.LIST_LIMIT);
        model.addAttribute("siteNames", queries.siteNames(complaints.stream().map(c -> c.getSiteId()).toList()));
        model.addAttribute("typeNames", queries.typeNames(LocaleContextHolder.getLocale()));
        return "servicedesk/complaints";
    }

    @GetMapping("/servicedesk/complaints/{id}")
    @PreAuthorize("hasAuthority('COMPLAINTS_VIEW')")
    String show(@PathVariable long id, Model model) {
        return page.show(model, id);
    }

    @GetMapping("/servicedesk/complaints/new")
    @PreAuthorize("hasAuthority('COMPLAINTS_FILE')")
    String newComplaint(@RequestParam(required = false) @Nullable Long siteId, Model model) {
        var user = CurrentUser.require();
        var form = ComplaintForm.blank();
        var sites = queries.sitesFor(user);
        Long site = siteId != null ? siteId : sites.size() == 1 ? sites.get(0).id().value() : null;
        var client = complaints.prefill(user, site);
        if (client != null) {
            form = form.prefilled(site, client.name(), client.address(), client.phone());
        }
        else if (site != null) {
            form = form.prefilled(site, "", null, null);
        }
        model.addAttribute("form", form);
        return form(model);
    }

    @PostMapping("/servicedesk/complaints")
    @PreAuthorize("hasAuthority('COMPLAINTS_FILE')")
    String create(@Valid @ModelAttribute("form") ComplaintForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model);
        }
        var user = CurrentUser.require();
        long id;
        try {
            id = complaints.take(user, form.details(), form.judgedReasonable()).getId();
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model);
        }
        redirect.addFlashAttribute("flash", "servicedesk.complaint.filed");
        return "redirect:/servicedesk/complaints/" + id;
    }

    /** The register form (already in the model, as bound) with its pickers. */
    private String form(Model model) {
        var user = CurrentUser.require();
        var intake = Intake.of(user);
        model.addAttribute("registers", intake == Intake.REGISTERED);
        model.addAttribute("sites", queries.sitesFor(user));
        model.addAttribute("categories", intake.categories());
        model.addAttribute("channels", intake.channels());
        model.addAttribute("typeNames", queries.typeNames(LocaleContextHolder.getLocale()));
        return "servicedesk/complaint-form";
    }

}
