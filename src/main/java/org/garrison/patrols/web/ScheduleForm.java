package org.garrison.patrols.web;

import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.patrols.internal.Schedule;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A schedule as entered: route, from–to (past midnight when "to" is earlier), interval and tolerance, and
 * optionally the user name of the guard who walks it (otherwise whoever is on duty at the site).
 */
record ScheduleForm(@NotNull @Nullable Long routeId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime startsAt,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime endsAt,
        @NotNull @Min(15) @Max(1440) @Nullable Integer everyMinutes,
        @NotNull @Min(1) @Max(240) @Nullable Integer toleranceMinutes, @Nullable Boolean randomised,
        @Size(max = 100) @Nullable String guard) {

    static ScheduleForm empty() {
        return new ScheduleForm(null, LocalTime.of(20, 0), LocalTime.of(6, 0), 120, 15, false, null);
    }

    Schedule.Timing timing() {
        return new Schedule.Timing(java.util.Objects.requireNonNull(startsAt), java.util.Objects.requireNonNull(endsAt),
                java.util.Objects.requireNonNull(everyMinutes), java.util.Objects.requireNonNull(toleranceMinutes),
                Boolean.TRUE.equals(randomised));
    }

}
