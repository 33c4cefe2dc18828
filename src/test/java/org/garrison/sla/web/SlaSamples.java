package org.garrison.sla.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;

import org.garrison.sla.internal.CalendarDay;
import org.garrison.sla.internal.SlaCalendar;
import org.garrison.sla.internal.SlaPolicy;
import org.springframework.test.util.ReflectionTestUtils;

/** Policies and calendars with ids, as the services return them, for web slices. */
final class SlaSamples {

    private SlaSamples() {
    }

    static SlaCalendar office() {
        var calendar = new SlaCalendar("OFFICE", "办公时间", ZoneId.of("Asia/Shanghai"), false,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(18, 0));
        calendar.putDay(new CalendarDay(LocalDate.of(2027, 1, 1), false, "元旦"));
        calendar.putDay(new CalendarDay(LocalDate.of(2026, 2, 14), true, "春节调休上班"));
        calendar.putDay(new CalendarDay(LocalDate.of(2026, 2, 16), false, "春节"));
        ReflectionTestUtils.setField(calendar, "id", 2L);
        return calendar;
    }

    static SlaPolicy electrical() {
        var policy = new SlaPolicy("WORK_ORDER", "ELECTRICAL_FAULT", 30, 1440, 2L, 80,
                "TEAM_LEADER > SUPERVISOR > SECURITY_OPS");
        ReflectionTestUtils.setField(policy, "id", 5L);
        return policy;
    }

}
