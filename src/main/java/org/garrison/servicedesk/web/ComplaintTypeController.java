package org.garrison.servicedesk.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.garrison.servicedesk.internal.ComplaintTypes;
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

/** Customer service keeps the list of complaint types: add one, rename one, switch one off or on. */
@Controller
class ComplaintTypeController {

    private final ComplaintTypes types;

    ComplaintTypeController(ComplaintTypes types) {
        this.types = types;
    }

    @GetMapping("/servicedesk/complaint-types")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    String list(Model model) {
        return page(model, new TypeForm("", "", "", null), null, null);
    }

    @PostMapping("/servicedesk/complaint-types")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    String add(@Valid @ModelAttribute("form") TypeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model, form, errors, null);
        }
        try {
            types.add(form.code(), form.nameZh(), form.nameEn());
        }
        catch (DomainException ex) {
            return page(model, form, errors, ex);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/servicedesk/complaint-types";
    }

    @PostMapping("/servicedesk/complaint-types/{id}")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") TypeForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model, new TypeForm("", "", "", null), errors, null);
        }
        try {
            types.change(id, form.nameZh(), form.nameEn(), Boolean.TRUE.equals(form.active()));
        }
        catch (DomainException ex) {
            return page(model, new TypeForm("", "", "", null), errors, ex);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/servicedesk/complaint-types";
    }

    private String page(Model model, TypeForm form, @Nullable BindingResult errors, @Nullable DomainException refusal) {
        model.addAttribute("types", types.all());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        return "servicedesk/complaint-types";
    }

    /** A type: the code only matters when adding; an unticked "active" box is not sent at all. */
    record TypeForm(@Size(max = 30) String code, @NotBlank @Size(max = 60) String nameZh,
            @NotBlank @Size(max = 60) String nameEn, @Nullable Boolean active) {
    }

}
