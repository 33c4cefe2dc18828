package org.garrison.approvals.web;

import java.util.List;

import jakarta.validation.Valid;

import org.garrison.approvals.internal.ApprovalChains;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators define the approval chain of each request type; changes apply to new requests only. */
@Controller
class ChainAdminController {

    private static final String FORM = "approvals/chain-form";

    /** Role codes offered as suggestions; any role code may be entered. */
    private static final List<String> ROLES = List.of("GENERAL_AFFAIRS", "FINANCE", "CHAIRMAN", "LOGISTICS", "HR",
            "CUSTOMER_SERVICE", "SECURITY_OPS", "TRAINING", "SUPERVISOR", "INSPECTOR", "TEAM_LEADER");

    private final ApprovalChains chains;

    ChainAdminController(ApprovalChains chains) {
        this.chains = chains;
    }

    @GetMapping("/admin/approval-chains")
    @PreAuthorize("hasAuthority('APPROVALS_CONFIGURE')")
    String list(Model model) {
        model.addAttribute("chains", chains.list());
        return "approvals/chains";
    }

    @GetMapping("/admin/approval-chains/new")
    @PreAuthorize("hasAuthority('APPROVALS_CONFIGURE')")
    String newChain(Model model) {
        return form(model, ChainForm.blank(), null);
    }

    @PostMapping("/admin/approval-chains")
    @PreAuthorize("hasAuthority('APPROVALS_CONFIGURE')")
    String create(@Valid @ModelAttribute("form") ChainForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        var details = form.details(errors);
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        try {
            chains.create(details);
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, form, null);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/admin/approval-chains";
    }

    @GetMapping("/admin/approval-chains/{type}/edit")
    @PreAuthorize("hasAuthority('APPROVALS_CONFIGURE')")
    String edit(@PathVariable String type, Model model) {
        return form(model, ChainForm.of(chains.get(type)), type);
    }

    @PostMapping("/admin/approval-chains/{type}")
    @PreAuthorize("hasAuthority('APPROVALS_CONFIGURE')")
    String update(@PathVariable String type, @Valid @ModelAttribute("form") ChainForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        chains.get(type);
        if (errors.hasErrors()) {
            return form(model, form, type);
        }
        var details = form.details(errors);
        if (errors.hasErrors()) {
            return form(model, form, type);
        }
        try {
            chains.update(type, details);
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, form, type);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/admin/approval-chains";
    }

    private static String form(Model model, ChainForm form, @Nullable String type) {
        model.addAttribute("form", form);
        model.addAttribute("chainType", type);
        model.addAttribute("roles", ROLES);
        return FORM;
    }

}
