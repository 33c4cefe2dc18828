package org.garrison.patrols.web;

import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.internal.PatrolSetup;
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

/** The checkpoints of the user's sites: list (with label printing), create, change, retire. */
@Controller
class CheckpointController {

    private static final String FORM = "patrols/checkpoint-form";

    private final PatrolSetup setup;

    private final OrganisationManagement organisation;

    CheckpointController(PatrolSetup setup, OrganisationManagement organisation) {
        this.setup = setup;
        this.organisation = organisation;
    }

    @GetMapping("/patrol/checkpoints")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String list(Model model) {
        var scope = CurrentUser.require().scope();
        model.addAttribute("checkpoints", setup.checkpoints(scope));
        model.addAttribute("sites", organisation.siteNamesIn(scope));
        return "patrols/checkpoints";
    }

    @GetMapping("/patrol/checkpoints/new")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String create(Model model) {
        model.addAttribute("form", CheckpointForm.empty());
        return form(model, null);
    }

    @PostMapping("/patrol/checkpoints")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String create(@Valid @ModelAttribute("form") CheckpointForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            setup.createCheckpoint(CurrentUser.require().scope(), Objects.requireNonNull(form.siteId()), form.place());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/patrol/checkpoints";
    }

    @GetMapping("/patrol/checkpoints/{id}/edit")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", CheckpointForm.of(setup.checkpoint(CurrentUser.require().scope(), id)));
        return form(model, id);
    }

    @PostMapping("/patrol/checkpoints/{id}")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CheckpointForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        var scope = CurrentUser.require().scope();
        setup.checkpoint(scope, id);
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            setup.changeCheckpoint(scope, id, form.place());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/patrol/checkpoints";
    }

    @PostMapping("/patrol/checkpoints/{id}/retire")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String retire(@PathVariable long id, RedirectAttributes redirect) {
        try {
            setup.retireCheckpoint(CurrentUser.require().scope(), id);
            redirect.addFlashAttribute("flash", "patrol.checkpoint.retired");
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("problem", "patrol.retire.refused");
        }
        return "redirect:/patrol/checkpoints";
    }

    private String form(Model model, @Nullable Long id) {
        model.addAttribute("checkpointId", id);
        model.addAttribute("sites", organisation.siteNamesIn(CurrentUser.require().scope()));
        return FORM;
    }

}
