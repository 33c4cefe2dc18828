package org.garrison.duty.web;

import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.duty.internal.CheckList;
import org.garrison.duty.internal.CheckLists;
import org.garrison.shared.DomainException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 四查/五防 check lists: none shipped (seed 002 names them without contents); the company writes its own. */
@Controller
class CheckListController {

    private final CheckLists lists;

    CheckListController(CheckLists lists) {
        this.lists = lists;
    }

    @GetMapping("/duty/checklists")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    String list(Model model) {
        model.addAttribute("form", CheckListForm.blank());
        return page(model);
    }

    @PostMapping("/duty/checklists")
    @PreAuthorize("hasAuthority('DUTY_MANAGE')")
    String create(@Valid @ModelAttribute("form") CheckListForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            lists.create(Objects.requireNonNull(form.kind()), form.name(), form.items());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page(model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/duty/checklists";
    }

    @PostMapping("/duty/checklists/{id}")
    @PreAuthorize("hasAuthority('DUTY_MANAGE')")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") CheckListForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            lists.change(id, form.items());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page(model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/duty/checklists";
    }

    private String page(Model model) {
        model.addAttribute("lists", lists.list());
        model.addAttribute("kinds", CheckList.Kind.values());
        return "duty/checklists";
    }

}
