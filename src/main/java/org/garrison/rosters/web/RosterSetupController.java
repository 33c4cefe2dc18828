package org.garrison.rosters.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.garrison.rosters.internal.PostNeeds;
import org.garrison.rosters.internal.PostOverride;
import org.garrison.rosters.internal.RosterSettingsView;
import org.garrison.rosters.internal.ShiftTemplate;
import org.garrison.rosters.internal.ShiftTemplates;
import org.garrison.rosters.web.RosterForms.RequirementForm;
import org.garrison.rosters.web.RosterForms.TemplateForm;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Shift templates and each post's requirement (from the contract, or a local override) with the hiring need. */
@Controller
@PreAuthorize("hasAuthority('ROSTER_PLAN')")
class RosterSetupController {

    private final ShiftTemplates templates;

    private final PostNeeds needs;

    private final RosterSettingsView settings;

    private final Clock clock;

    RosterSetupController(ShiftTemplates templates, PostNeeds needs, RosterSettingsView settings, Clock clock) {
        this.templates = templates;
        this.needs = needs;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/rosters/templates")
    String templates(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TemplateForm("两班制", "", null, null, false, 60));
        }
        model.addAttribute("templates", templates.active());
        return "rosters/templates";
    }

    @PostMapping("/rosters/templates")
    String createTemplate(@Valid @ModelAttribute("form") TemplateForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                templates.create(form.templateSet(), new ShiftTemplate.Timing(form.name(), form.startsAt(), form.endsAt(),
                        form.crossesMidnight(), form.breakMinutes()));
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/rosters/templates";
            }
            catch (DomainException ex) {
                errors.reject(ex.messageKey(), ex.arguments(), null);
            }
        }
        return templates(model);
    }

    @PostMapping("/rosters/templates/{id}/retire")
    String retireTemplate(@PathVariable long id, RedirectAttributes redirect) {
        templates.retire(id);
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/rosters/templates";
    }

    @GetMapping("/rosters/requirements")
    String requirements(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Model model) {
        LocalDate on = day == null ? LocalDate.now(clock) : day;
        model.addAttribute("day", on);
        model.addAttribute("needs", needs.on(CurrentUser.require().scope(), on));
        model.addAttribute("sets", templates.sets());
        model.addAttribute("restDays", settings.restDaysPerWeek());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RequirementForm(null, 1, "两班制", null, null));
        }
        return "rosters/requirements";
    }

    @PostMapping("/rosters/requirements/{postId}")
    String override(@PathVariable long postId, @Valid @ModelAttribute("form") RequirementForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var user = CurrentUser.require();
                needs.override(user.scope(), form.siteId(), postId, new PostOverride.Need(form.headcountPerShift(),
                        form.templateSet(), form.minHeightCm(), form.note()), user.id());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/rosters/requirements";
            }
            catch (DomainException ex) {
                errors.reject(ex.messageKey(), ex.arguments(), null);
            }
        }
        else {
            errors.reject("rosters.requirement.invalid");
        }
        return requirements(null, model);
    }

    @PostMapping("/rosters/requirements/{postId}/clear")
    String clear(@PathVariable long postId, @RequestParam long siteId, RedirectAttributes redirect) {
        needs.clearOverride(CurrentUser.require().scope(), siteId, postId);
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/rosters/requirements";
    }

}
