package org.garrison.sla.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.sla.internal.CalendarDay;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** One holiday or make-up working day as entered. */
record DayForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date, @Nullable Boolean working,
        @NotBlank @Size(max = CalendarDay.MAX_NAME) @Nullable String name) {

    static DayForm blank() {
        return new DayForm(null, false, "");
    }

    CalendarDay day() {
        return new CalendarDay(java.util.Objects.requireNonNull(date), Boolean.TRUE.equals(working), String.valueOf(name).strip());
    }

}
