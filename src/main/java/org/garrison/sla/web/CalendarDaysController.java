package org.garrison.sla.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.TreeSet;

import jakarta.validation.Valid;

import org.garrison.shared.DomainException;
import org.garrison.sla.internal.CalendarDays;
import org.garrison.sla.internal.CalendarYears;
import org.garrison.sla.internal.SlaCalendar;
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

/**
 * A calendar's holidays and make-up working days, one year at a time: add or remove a day, or load the whole year
 * by pasting lines as the State Council's notice gives them.
 */
@Controller
class CalendarDaysController {

    private static final String PAGE = "sla/calendar-days";

    private final CalendarDays days;

    private final CalendarYears years;

    private final Clock clock;

    CalendarDaysController(CalendarDays days, CalendarYears years, Clock clock) {
        this.days = days;
        this.years = years;
        this.clock = clock;
    }

    @GetMapping("/sla/calendars/{id}/days")
    @PreAuthorize("hasAuthority('SLA_CONFIGURE')")
    String year(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        var calendar = days.calendar(id);
        model.addAttribute("dayForm", DayForm.blank());
        model.addAttribute("yearForm", new YearForm(shown, calendar.describeYear(shown)));
        return page(calendar, shown, model);
    }

    @PostMapping("/sla/calendars/{id}/days")
    @PreAuthorize("hasAuthority('SLA_CONFIGURE')")
    String add(@PathVariable long id, @Valid @ModelAttribute("dayForm") DayForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                days.put(id, form.day());
                redirect.addFlashAttribute("flash", "common.saved");
                return redirectTo(id, form.day().date().getYear());
            }
            catch (DomainException ex) {
                errors.reject(ex.messageKey(), ex.arguments(), null);
            }
        }
        var calendar = days.calendar(id);
        int year = form.date() == null ? LocalDate.now(clock).getYear() : form.date().getYear();
        model.addAttribute("yearForm", new YearForm(year, calendar.describeYear(year)));
        return page(calendar, year, model);
    }

    @PostMapping("/sla/calendars/{id}/days/{date}/remove")
    @PreAuthorize("hasAuthority('SLA_CONFIGURE')")
    String remove(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            RedirectAttributes redirect) {
        days.remove(id, date);
        redirect.addFlashAttribute("flash", "sla.days.removed");
        return redirectTo(id, date.getYear());
    }

    @PostMapping("/sla/calendars/{id}/years")
    @PreAuthorize("hasAuthority('SLA_CONFIGURE')")
    String load(@PathVariable long id, @Valid @ModelAttribute("yearForm") YearForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors() && form.year() != null) {
            try {
                days.loadYear(id, form.year(), DayLines.parse(form.lines() == null ? "" : form.lines()));
                redirect.addFlashAttribute("flash", "sla.days.loaded");
                return redirectTo(id, form.year());
            }
            catch (DomainException ex) {
                errors.rejectValue("lines", ex.messageKey(), ex.arguments(), ex.messageKey());
            }
        }
        model.addAttribute("dayForm", DayForm.blank());
        int year = form.year() == null ? LocalDate.now(clock).getYear() : form.year();
        return page(days.calendar(id), year, model);
    }

    private String page(SlaCalendar calendar, int year, Model model) {
        var shownYears = new TreeSet<>(calendar.years());
        shownYears.add(year - 1);
        shownYears.add(year);
        shownYears.add(year + 1);
        model.addAttribute("calendar", calendar);
        model.addAttribute("year", year);
        model.addAttribute("years", shownYears);
        model.addAttribute("days", calendar.daysOf(year));
        model.addAttribute("loadedAt", years.loadedAt(calendar.getId(), year).orElse(null));
        return PAGE;
    }

    private static String redirectTo(long id, int year) {
        return "redirect:/sla/calendars/" + id + "/days?year=" + year;
    }

}
