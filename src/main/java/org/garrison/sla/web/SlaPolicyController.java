package org.garrison.sla.web;

import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.shared.DomainException;
import org.garrison.sla.internal.EscalationRoles;
import org.garrison.sla.internal.SlaSettings;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The SLA policies: targets per item type and category, their calendar, warning share and escalation. */
@Controller
class SlaPolicyController {

    private static final String FORM = "sla/policy-form";

    private final SlaSettings settings;

    private final EscalationRoles escalation;

    SlaPolicyController(SlaSettings settings, EscalationRoles escalation) {
        this.settings = settings;
        this.escalation = escalation;
    }

    @GetMapping("/sla/policies")
    @PreAuthorize("hasAuthority('SLA_CONFIGURE')")
    String list(Model model) {
        model.addAttribute("policies", settings.policies());
        model.addAttribute("calendars", settings.calendars());
        return "sla/policies";
    }

    @GetMapping("/sla/policies/{id}/edit")
    @PreAuthorize("hasAuthority('SLA_CONFIGURE')")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", PolicyForm.of(settings.policy(id)));
        return form(model, id);
    }

    @PostMapping("/sla/policies/{id}")
    @PreAuthorize("hasAuthority('SLA_CONFIGURE')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PolicyForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            settings.changePolicy(id, Objects.requireNonNull(form.responseMinutes()),
                    Objects.requireNonNull(form.resolutionMinutes()), Objects.requireNonNull(form.calendarId()),
                    Objects.requireNonNull(form.warningPercent()), form.escalation());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/sla/policies";
    }

    /** The form page; the bound form and its errors are in the model already. */
    private String form(Model model, long id) {
        model.addAttribute("policy", settings.policy(id));
        model.addAttribute("calendars", settings.calendars());
        model.addAttribute("levels", PolicyForm.LEVELS);
        model.addAttribute("roles", escalation.choices(LocaleContextHolder.getLocale()));
        return FORM;
    }

}
