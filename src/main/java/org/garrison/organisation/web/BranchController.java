package org.garrison.organisation.web;

import jakarta.validation.Valid;

import org.garrison.organisation.internal.OrgStructure;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating and changing branches (大队). A new branch belongs to the whole company, so only users with
 * company scope create one; others change the branches of their scope.
 */
@Controller
class BranchController {

    private static final String FORM = "organisation/branch-form";

    private final OrgStructure structure;

    BranchController(OrgStructure structure) {
        this.structure = structure;
    }

    @GetMapping("/org/branches/new")
    @PreAuthorize("hasAuthority('ORG_MANAGE') and principal.scope().isCompanyWide()")
    String newBranch(Model model) {
        model.addAttribute("form", BranchForm.blank());
        return form(model, null);
    }

    @PostMapping("/org/branches")
    @PreAuthorize("hasAuthority('ORG_MANAGE') and principal.scope().isCompanyWide()")
    String create(@Valid @ModelAttribute("form") BranchForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            structure.createBranch(form.code(), form.name());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/org";
    }

    @GetMapping("/org/branches/{id}/edit")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String edit(@PathVariable long id, Model model) {
        var branch = structure.branch(CurrentUser.require().scope(), id);
        model.addAttribute("form", BranchForm.of(branch));
        return form(model, id);
    }

    @PostMapping("/org/branches/{id}")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") BranchForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        var scope = CurrentUser.require().scope();
        if (errors.hasErrors()) {
            structure.branch(scope, id);
            return form(model, id);
        }
        try {
            structure.updateBranch(scope, id, form.code(), form.name(), form.isActive());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/org";
    }

    private static String form(Model model, @Nullable Long id) {
        model.addAttribute("branchId", id);
        return FORM;
    }

}
