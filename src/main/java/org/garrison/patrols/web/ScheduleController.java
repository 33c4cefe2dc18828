package org.garrison.patrols.web;

import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.identity.IdentityManagement;
import org.garrison.patrols.internal.PatrolSetup;
import org.garrison.patrols.internal.Route;
import org.garrison.patrols.internal.Sites;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NoErrors;
import org.garrison.shared.NotFoundException;
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

/** When routes must be walked: the schedules of the user's sites, with a form to add one. */
@Controller
class ScheduleController {

    private final PatrolSetup setup;

    private final Sites sites;

    private final IdentityManagement identity;

    ScheduleController(PatrolSetup setup, Sites sites, IdentityManagement identity) {
        this.setup = setup;
        this.sites = sites;
        this.identity = identity;
    }

    @GetMapping("/patrol/schedules")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String list(Model model) {
        var form = ScheduleForm.empty();
        return page(model, form, NoErrors.on(form), null);
    }

    @PostMapping("/patrol/schedules")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String create(@Valid @ModelAttribute("form") ScheduleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model, form, errors, null);
        }
        try {
            setup.createSchedule(CurrentUser.require().scope(), Objects.requireNonNull(form.routeId()), form.timing(),
                    guard(form.guard()), null);
        }
        catch (NotFoundException ex) {
            throw ex;
        }
        catch (DomainException ex) {
            return page(model, form, errors, ex);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/patrol/schedules";
    }

    @PostMapping("/patrol/schedules/{id}/retire")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String retire(@PathVariable long id, RedirectAttributes redirect) {
        try {
            setup.retireSchedule(CurrentUser.require().scope(), id);
            redirect.addFlashAttribute("flash", "patrol.schedule.retired");
        }
        catch (NotFoundException ex) {
            throw ex;
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("problem", "patrol.retire.refused");
        }
        return "redirect:/patrol/schedules";
    }

    private @Nullable Long guard(@Nullable String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return identity.user(username.strip()).map(CurrentUser::id)
            .orElseThrow(() -> new DomainException("patrol.wand.unknownGuard", username.strip()));
    }

    private String page(Model model, ScheduleForm form, BindingResult errors, @Nullable DomainException refusal) {
        var scope = CurrentUser.require().scope();
        var routes = setup.routes(scope);
        model.addAttribute("schedules", setup.schedules(scope));
        model.addAttribute("routes", routes.stream().filter(Route::isActive).toList());
        model.addAttribute("routeNames", routes.stream().collect(java.util.stream.Collectors.toMap(Route::getId, Route::getName)));
        model.addAttribute("sites", sites.names(scope));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        return "patrols/schedules";
    }

}
