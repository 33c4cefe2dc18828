package org.garrison.sla.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;

import jakarta.validation.Valid;

import org.garrison.shared.DomainException;
import org.garrison.sla.internal.SlaSettings;
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

/** SLA calendars: round the clock, or opening hours on weekdays, and their holidays. */
@Controller
class SlaCalendarController {

    private static final String FORM = "sla/calendar-form";

    private final SlaSettings settings;

    /** The business zone, a new calendar's default. */
    private final ZoneId zone;

    SlaCalendarController(SlaSettings settings, Clock clock) {
        this.settings = settings;
        this.zone = clock.getZone();
    }

    @GetMapping("/sla/calendars")
    @PreAuthorize("hasAuthority('SLA_CONFIGURE')")
    String list(Model model) {
        model.addAttribute("calendars", settings.calendars());
        return "sla/calendars";
    }

    @GetMapping("/sla/calendars/new")
    @PreAuthorize("hasAuthority('SLA_CONFIGURE')")
    String newCalendar(Model model) {
        model.addAttribute("form", CalendarForm.blank(zone));
        return form(model, null);
    }

    @PostMapping("/sla/calendars")
    @PreAuthorize("hasAuthority('SLA_CONFIGURE')")
    String create(@Valid @ModelAttribute("form") CalendarForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (form.code() == null || form.code().isBlank()) {
            errors.rejectValue("code", "sla.calendar.codeRequired", "sla.calendar.codeRequired");
        }
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            settings.createCalendar(String.valueOf(form.code()), form.hours());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/sla/calendars";
    }

    @GetMapping("/sla/calendars/{id}/edit")
    @PreAuthorize("hasAuthority('SLA_CONFIGURE')")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", CalendarForm.of(settings.calendar(id)));
        return form(model, id);
    }

    @PostMapping("/sla/calendars/{id}")
    @PreAuthorize("hasAuthority('SLA_CONFIGURE')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CalendarForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            settings.calendar(id);
            return form(model, id);
        }
        try {
            settings.changeCalendar(id, form.hours());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/sla/calendars";
    }

    /** The form page; the bound form and its errors are in the model already. */
    private static String form(Model model, @Nullable Long id) {
        model.addAttribute("calendarId", id);
        model.addAttribute("days", DayOfWeek.values());
        return FORM;
    }

}
