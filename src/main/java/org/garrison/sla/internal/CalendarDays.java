package org.garrison.sla.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holidays and make-up working days of a calendar, year by year: listed, added or removed one at a time, or
 * loaded for a whole year at once (as the State Council publishes them each November). Every change is audited
 * with the year's days before and after. Clocks already running keep their deadlines until they next move.
 */
@Service
@Transactional
public class CalendarDays {

    private static final String ENTITY = "SlaCalendar";

    private final SlaCalendarRepository calendars;

    private final ApplicationEventPublisher events;

    private final CalendarYears years;

    private final Clock clock;

    CalendarDays(SlaCalendarRepository calendars, ApplicationEventPublisher events, CalendarYears years, Clock clock) {
        this.calendars = calendars;
        this.events = events;
        this.years = years;
        this.clock = clock;
    }

    /** The calendar with its days loaded. */
    @Transactional(readOnly = true)
    public SlaCalendar calendar(long id) {
        var calendar = calendars.findById(id).orElseThrow(() -> new NotFoundException("sla.calendar", id));
        calendar.getDays();
        return calendar;
    }

    /** Adds a day, or replaces the day of the same date. */
    public SlaCalendar put(long calendarId, CalendarDay day) {
        var calendar = roundTheClockRefused(calendarId);
        int year = day.date().getYear();
        String before = calendar.describeYear(year);
        calendar.putDay(valid(day));
        audit(calendar, year, before);
        return calendar;
    }

    /** Removes the day of this date; refused when the calendar has none. */
    public SlaCalendar remove(long calendarId, LocalDate date) {
        var calendar = calendar(calendarId);
        String before = calendar.describeYear(date.getYear());
        if (!calendar.removeDay(date)) {
            throw new NotFoundException("sla.calendarDay", date);
        }
        audit(calendar, date.getYear(), before);
        return calendar;
    }

    /**
     * Replaces every day of the year with these, as the year's notice gives them: the year then counts as loaded from
     * its notice and no longer reminds administrators. An empty list clears the year, which then is not loaded.
     */
    public SlaCalendar loadYear(long calendarId, int year, List<CalendarDay> days) {
        var calendar = roundTheClockRefused(calendarId);
        var dates = new HashSet<LocalDate>();
        for (CalendarDay day : days) {
            if (day.date().getYear() != year) {
                throw new DomainException("sla.days.outsideYear", day.date(), String.valueOf(year));
            }
            if (!dates.add(day.date())) {
                throw new DomainException("sla.days.twice", day.date());
            }
            valid(day);
        }
        String before = calendar.describeYear(year);
        calendar.replaceYear(year, days);
        audit(calendar, year, before);
        if (days.isEmpty()) {
            this.years.cleared(calendarId, year);
        }
        else {
            this.years.loaded(calendarId, year, clock.instant());
        }
        return calendar;
    }

    private SlaCalendar roundTheClockRefused(long calendarId) {
        var calendar = calendar(calendarId);
        if (calendar.isAlwaysOpen()) {
            throw new DomainException("sla.days.roundTheClock");
        }
        return calendar;
    }

    private static CalendarDay valid(CalendarDay day) {
        if (day.name().isBlank() || day.name().length() > CalendarDay.MAX_NAME) {
            throw new DomainException("sla.days.nameRequired", day.date());
        }
        return day;
    }

    private void audit(SlaCalendar calendar, int year, String before) {
        events.publishEvent(AuditedChange.of("UPDATE", ENTITY, calendar.getId(), calendar.getCode() + " " + year,
                days(year, before), days(year, calendar.describeYear(year))));
    }

    private static Map<String, Object> days(int year, String lines) {
        var map = new LinkedHashMap<String, Object>();
        map.put("year", year);
        map.put("days", lines);
        return map;
    }

}
