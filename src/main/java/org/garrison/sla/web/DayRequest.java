package org.garrison.sla.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.sla.internal.CalendarDay;

/** A holiday or make-up working day, as API callers send and receive it. */
@Schema(example = "{\"date\": \"2026-02-14\", \"working\": true, \"name\": \"春节调休上班\"}")
record DayRequest(@NotNull LocalDate date, boolean working, @NotBlank @Size(max = CalendarDay.MAX_NAME) String name) {

    static DayRequest of(CalendarDay day) {
        return new DayRequest(day.date(), day.working(), day.name());
    }

    CalendarDay day() {
        return new CalendarDay(date, working, name.strip());
    }

}
