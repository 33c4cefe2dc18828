package org.garrison.sla.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A day of a calendar that is not an ordinary day: a holiday (放假) on which no working time passes, or a make-up
 * working day (调休上班), a weekend day on which the office works in exchange for a longer break.
 *
 * @param date the day
 * @param working {@code true} for a make-up working day, {@code false} for a holiday
 * @param name what the day is, as the State Council's notice names it (e.g. 春节, 春节调休上班)
 */
@Embeddable
public record CalendarDay(@Column(name = "on_date") LocalDate date, boolean working, String name) {

    /** The longest name kept. */
    public static final int MAX_NAME = 40;

}
