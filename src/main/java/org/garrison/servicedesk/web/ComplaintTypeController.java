package org.garrison.servicedesk.web;

import io.swagger.v3.oas.annotations.media.Schema;

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
        return page(model);
    }

    @PostMapping("/servicedesk/complaint-types")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    String add(@Valid @ModelAttribute("form") TypeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            types.add(form.code(), form.nameZh(), form.nameEn());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page(model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/servicedesk/complaint-types";
    }

    /** A row of the list changed; its errors show above the list, the new-type form stays empty. */
    @PostMapping("/servicedesk/complaint-types/{id}")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    String change(@PathVariable long id, @Valid @ModelAttribute("change") TypeForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            types.change(id, form.nameZh(), form.nameEn(), Boolean.TRUE.equals(form.active()));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page(model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/servicedesk/complaint-types";
    }

    /** The list and the new-type form; a form posted (and refused) stays as bound. */
    private String page(Model model) {
        model.addAttribute("types", types.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TypeForm.empty());
        }
        if (!model.containsAttribute("change")) {
            model.addAttribute("change", TypeForm.empty());
        }
        return "servicedesk/complaint-types";
    }

    /** A type: the code only matters when adding; an unticked "active" box is not sent at all. */
    record TypeForm(@Schema(example = "NOISE") @Size(max = 30) String code,
            @Schema(example = "噪音扰民") @NotBlank @Size(max = 60) String nameZh,
            @Schema(example = "Noise") @NotBlank @Size(max = 60) String nameEn,
            @Schema(example = "true") @Nullable Boolean active) {

        static TypeForm empty() {
            return new TypeForm("", "", "", null);
        }

    }

}
