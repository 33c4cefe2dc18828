package org.garrison.sla.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.garrison.sla.internal.SlaCalendar;

/** An SLA calendar's hours for API callers; its days are listed per year. */
record CalendarResponse(long id, String code, String name, String zone, boolean alwaysOpen, List<DayOfWeek> workdays,
        LocalTime opens, LocalTime closes, List<Integer> years) {

    static CalendarResponse of(SlaCalendar calendar) {
        return new CalendarResponse(calendar.getId(), calendar.getCode(), calendar.getName(), calendar.getZone().getId(),
                calendar.isAlwaysOpen(), List.copyOf(calendar.getWorkdays()), calendar.getOpens(), calendar.getCloses(),
                List.copyOf(calendar.years()));
    }

}
