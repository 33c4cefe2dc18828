package org.garrison.sla.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.garrison.sla.internal.CalendarDays;
import org.garrison.sla.internal.CalendarYears;
import org.garrison.sla.internal.SlaCalendar;
import org.garrison.sla.internal.SlaSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** SLA calendars and their holidays and make-up working days (调休), year by year, for API callers. */
@RestController
@RequestMapping("/api/v1/sla/calendars")
@Tag(name = "SLA", description = "SLA policies and the deadlines of items under SLA")
class CalendarDaysApiController {

    private final SlaSettings settings;

    private final CalendarDays days;

    private final CalendarYears years;

    CalendarDaysApiController(SlaSettings settings, CalendarDays days, CalendarYears years) {
        this.settings = settings;
        this.days = days;
        this.years = years;
    }

    /**
     * Whether a calendar's year was loaded as a whole from the State Council's notice, and when.
     *
     * @param loadedAt when the year was last loaded as a whole; null when it never was (its days, if any, were added
     *                 one at a time or shipped without a notice)
     */
    record YearStatus(long calendarId, int year, boolean roundTheClock, @Nullable Instant loadedAt) {
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Every SLA calendar with its hours and the years that hold days",
            description = "Company-wide reference data; any signed-in caller.")
    List<CalendarResponse> calendars() {
        return settings.calendars().stream().map(CalendarResponse::of).toList();
    }

    @GetMapping("/{id}/days")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A calendar's holidays and make-up working days of one year, in date order",
            description = "working=true is a make-up working day (a weekend day worked), false a holiday. 404 for an "
                    + "unknown calendar.")
    List<DayRequest> year(@PathVariable long id, @RequestParam int year) {
        return dayList(days.calendar(id), year);
    }

    @PostMapping("/{id}/days")
    @PreAuthorize("hasAuthority('SLA_CONFIGURE')")
    @Operation(summary = "Add a day (or replace the day of the same date); answers the year's days",
            description = "Audited. 422 for a round-the-clock calendar, which counts every day.")
    List<DayRequest> add(@PathVariable long id, @Valid @RequestBody DayRequest body) {
        return dayList(days.put(id, body.day()), body.date().getYear());
    }

    @DeleteMapping("/{id}/days/{date}")
    @PreAuthorize("hasAuthority('SLA_CONFIGURE')")
    @Operation(summary = "Remove a day", description = "Audited. 404 when the calendar has no such day.")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        days.remove(id, date);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/years/{year}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Whether a calendar's year was loaded as a whole from the State Council's notice",
            description = "A year counts as loaded once PUT /{id}/years/{year} (or the days screen's 整年导入) replaced it; "
                    + "until then a calendar with business hours reminds administrators of the current year, and from "
                    + "1 December of the coming one. 404 for an unknown calendar.")
    YearStatus yearStatus(@PathVariable long id, @PathVariable int year) {
        var calendar = days.calendar(id);
        return new YearStatus(id, year, calendar.isAlwaysOpen(), years.loadedAt(id, year).orElse(null));
    }

    @PutMapping("/{id}/years/{year}")
    @PreAuthorize("hasAuthority('SLA_CONFIGURE')")
    @Operation(summary = "Load a whole year: replace every day of the year with these; answers the year's days",
            description = "Audited with the year before and after. 422 when a day falls outside the year, a date comes "
                    + "twice, or the calendar is round the clock.")
    List<DayRequest> loadYear(@PathVariable long id, @PathVariable int year, @Valid @RequestBody YearRequest body) {
        return dayList(days.loadYear(id, year, body.days().stream().map(DayRequest::day).toList()), year);
    }

    private static List<DayRequest> dayList(SlaCalendar calendar, int year) {
        return calendar.daysOf(year).stream().map(DayRequest::of).toList();
    }

}
