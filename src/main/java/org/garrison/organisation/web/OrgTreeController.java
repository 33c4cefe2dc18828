package org.garrison.organisation.web;

import jakarta.validation.Valid;

import org.garrison.organisation.internal.OrgDirectory;
import org.garrison.organisation.internal.OrgStructure;
import org.garrison.shared.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation tree within the user's scope, and the company's name. */
@Controller
class OrgTreeController {

    private static final String COMPANY_FORM = "organisation/company-form";

    private final OrgDirectory directory;

    private final OrgStructure structure;

    OrgTreeController(OrgDirectory directory, OrgStructure structure) {
        this.directory = directory;
        this.structure = structure;
    }

    @GetMapping("/org")
    @PreAuthorize("hasAuthority('ORG_VIEW')")
    String tree(Model model) {
        model.addAttribute("tree", directory.tree(CurrentUser.require().scope()));
        return "organisation/tree";
    }

    @GetMapping("/org/company/edit")
    @PreAuthorize("hasAuthority('ORG_MANAGE') and principal.scope().isCompanyWide()")
    String editCompany(Model model) {
        model.addAttribute("form", CompanyForm.of(structure.company()));
        return COMPANY_FORM;
    }

    @PostMapping("/org/company")
    @PreAuthorize("hasAuthority('ORG_MANAGE') and principal.scope().isCompanyWide()")
    String renameCompany(@Valid @ModelAttribute("form") CompanyForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return COMPANY_FORM;
        }
        structure.renameCompany(form.nameZh(), form.nameEn());
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/org";
    }

}
