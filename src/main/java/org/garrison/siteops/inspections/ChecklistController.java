package org.garrison.siteops.inspections;

import java.util.Objects;

import jakarta.validation.Valid;

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

/** The checklist templates (fire facilities, electrical equipment, doors and windows…), editable by managers. */
@Controller
class ChecklistController {

    private static final String FORM = "siteops/checklist-form";

    private final Checklists checklists;

    ChecklistController(Checklists checklists) {
        this.checklists = checklists;
    }

    @GetMapping("/siteops/checklists")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String list(Model model) {
        model.addAttribute("checklists", checklists.list());
        return "siteops/checklists";
    }

    @GetMapping("/siteops/checklists/new")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String newChecklist(Model model) {
        model.addAttribute("form", ChecklistForm.blank());
        return form(model, null);
    }

    @PostMapping("/siteops/checklists")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String create(@Valid @ModelAttribute("form") ChecklistForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            checklists.create(form.name(), Objects.requireNonNull(form.category()), form.items());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/siteops/checklists";
    }

    @GetMapping("/siteops/checklists/{id}/edit")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", ChecklistForm.of(checklists.get(id)));
        return form(model, id);
    }

    @PostMapping("/siteops/checklists/{id}")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ChecklistForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            checklists.update(id, form.name(), Objects.requireNonNull(form.category()), form.items(),
                    Boolean.TRUE.equals(form.active()));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/siteops/checklists";
    }

    private String form(Model model, @Nullable Long id) {
        if (id != null) {
            checklists.get(id);
        }
        model.addAttribute("checklistId", id);
        model.addAttribute("categories", Checklist.Category.values());
        return FORM;
    }

}
