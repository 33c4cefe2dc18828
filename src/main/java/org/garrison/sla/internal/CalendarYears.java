package org.garrison.sla.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which years of a calendar's holidays and make-up working days were loaded from the State Council's notice. The
 * notice for a year comes out in November of the year before, so from 1 December the coming year is due as well as
 * the current one; a calendar with business hours whose due year is not loaded reminds its administrators, at most
 * once a week, until someone loads it. Round-the-clock calendars count every day and need no notice.
 */
@Service
@Transactional
public class CalendarYears {

    /** From this day of December the coming year's notice is expected to be out. */
    static final int NEXT_YEAR_DUE_FROM_DAY_OF_DECEMBER = 1;

    static final Duration REMIND_EVERY = Duration.ofDays(7);

    private final JdbcClient jdbc;

    CalendarYears(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A calendar's year that is due and not loaded from its notice. */
    public record Missing(long calendarId, String calendarName, int year) {
    }

    /** The years whose notice should be loaded by this day: the current one, and from 1 December the next. */
    static List<Integer> due(LocalDate today) {
        var years = new ArrayList<Integer>(List.of(today.getYear()));
        if (today.getMonth() == Month.DECEMBER && today.getDayOfMonth() >= NEXT_YEAR_DUE_FROM_DAY_OF_DECEMBER) {
            years.add(today.getYear() + 1);
        }
        return years;
    }

    /** When the year was loaded as a whole (from the notice), if it was. */
    @Transactional(readOnly = true)
    public Optional<Instant> loadedAt(long calendarId, int year) {
        return jdbc.sql("SELECT loaded_at FROM sla_calendar_year WHERE calendar_id = ? AND on_year = ? AND loaded_at IS NOT NULL")
            .params(calendarId, year)
            .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
            .optional();
    }

    /** Records that the year was loaded as a whole. */
    public void loaded(long calendarId, int year, Instant at) {
        if (jdbc.sql("UPDATE sla_calendar_year SET loaded_at = ? WHERE calendar_id = ? AND on_year = ?")
            .params(utc(at), calendarId, year)
            .update() == 0) {
            jdbc.sql("INSERT INTO sla_calendar_year (calendar_id, on_year, loaded_at) VALUES (?, ?, ?)")
                .params(calendarId, year, utc(at))
                .update();
        }
    }

    /** Records that the year was cleared: it is no longer loaded from its notice. */
    public void cleared(long calendarId, int year) {
        jdbc.sql("UPDATE sla_calendar_year SET loaded_at = NULL WHERE calendar_id = ? AND on_year = ?")
            .params(calendarId, year)
            .update();
    }

    /** The due years not loaded, of every calendar with business hours. */
    @Transactional(readOnly = true)
    public List<Missing> missing(LocalDate today) {
        var missing = new ArrayList<Missing>();
        for (int year : due(today)) {
            missing.addAll(jdbc.sql("SELECT c.id, c.name FROM sla_calendar c WHERE c.always_open = FALSE AND NOT EXISTS "
                    + "(SELECT 1 FROM sla_calendar_year y WHERE y.calendar_id = c.id AND y.on_year = ? AND y.loaded_at IS NOT NULL) "
                    + "ORDER BY c.id")
                .param(year)
                .query((rs, row) -> new Missing(rs.getLong(1), rs.getString(2), year))
                .list());
        }
        return missing;
    }

    /**
     * Claims the reminder for this calendar's year: true when nobody was reminded of it in the last week (and marks it
     * as reminded now), false otherwise.
     */
    public boolean claimReminder(long calendarId, int year, Instant now) {
        var before = utc(now.minus(REMIND_EVERY));
        int claimed = jdbc.sql("UPDATE sla_calendar_year SET reminded_at = ? WHERE calendar_id = ? AND on_year = ? "
                + "AND loaded_at IS NULL AND (reminded_at IS NULL OR reminded_at <= ?)")
            .params(utc(now), calendarId, year, before)
            .update();
        if (claimed == 1) {
            return true;
        }
        return jdbc.sql("INSERT INTO sla_calendar_year (calendar_id, on_year, reminded_at) SELECT ?, ?, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM sla_calendar_year WHERE calendar_id = ? AND on_year = ?)")
            .params(calendarId, year, utc(now), calendarId, year)
            .update() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

}
