package org.garrison.sla.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.garrison.shared.DomainException;
import org.garrison.sla.internal.SlaCalendar;
import org.garrison.sla.internal.SlaSettings.Hours;
import org.jspecify.annotations.Nullable;

/** A calendar's hours as entered (its holidays and make-up days are kept year by year on their own screen). */
record CalendarForm(@Pattern(regexp = "[A-Z0-9_]{1,20}") @Nullable String code,
        @NotBlank @Size(max = 100) @Nullable String name, @NotBlank @Size(max = 40) @Nullable String zone,
        @Nullable Boolean alwaysOpen, @Nullable List<DayOfWeek> workdays,
        @NotNull @Pattern(regexp = TIME) @Nullable String opens, @NotNull @Pattern(regexp = TIME) @Nullable String closes) {

    static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?";

    /** A new calendar: weekdays 09:00–18:00 in the business zone. */
    static CalendarForm blank(ZoneId zone) {
        return new CalendarForm("", "", zone.getId(), false,
                List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), "09:00", "18:00");
    }

    static CalendarForm of(SlaCalendar calendar) {
        return new CalendarForm(calendar.getCode(), calendar.getName(), calendar.getZone().getId(),
                calendar.isAlwaysOpen(), List.copyOf(calendar.getWorkdays()), calendar.getOpens().toString(),
                calendar.getCloses().toString());
    }

    public boolean isRoundTheClock() {
        return Boolean.TRUE.equals(alwaysOpen);
    }

    public boolean works(DayOfWeek day) {
        return workdays != null && workdays.contains(day);
    }

    /** The hours as the service takes them; refuses an unknown zone. */
    Hours hours() {
        try {
            var weekdays = workdays == null || workdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
                    : EnumSet.copyOf(workdays);
            return new Hours(String.valueOf(name).strip(), ZoneId.of(String.valueOf(zone).strip()),
                    isRoundTheClock(), weekdays, LocalTime.parse(String.valueOf(opens)),
                    LocalTime.parse(String.valueOf(closes)));
        }
        catch (DateTimeException ex) {
            throw new DomainException("sla.calendar.datesInvalid");
        }
    }

}
