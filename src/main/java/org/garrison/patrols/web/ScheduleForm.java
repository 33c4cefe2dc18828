package org.garrison.patrols.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalTime;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.patrols.internal.Schedule;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A schedule as entered: route, from–to (past midnight when "to" is earlier), interval and tolerance, and
 * who walks it: a post of the route's site, or the user name of a guard, or neither (whoever is on duty at
 * the site).
 */
@Schema(description = "A schedule: route, from–to in the business zone (past midnight when endsAt is earlier), "
        + "interval and tolerance in minutes, and who walks it: postId, or guard (a user name), or neither (whoever is on duty)")
record ScheduleForm(@Schema(example = "5") @NotNull @Nullable Long routeId,
        @Schema(type = "string", example = "20:00") @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime startsAt,
        @Schema(type = "string", example = "06:00") @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime endsAt,
        @Schema(example = "120") @NotNull @Min(15) @Max(1440) @Nullable Integer everyMinutes,
        @Schema(example = "15") @NotNull @Min(1) @Max(240) @Nullable Integer toleranceMinutes, @Nullable Boolean randomised,
        @Nullable Long postId, @Schema(example = "guard") @Size(max = 100) @Nullable String guard) {

    static ScheduleForm empty() {
        return new ScheduleForm(null, LocalTime.of(20, 0), LocalTime.of(6, 0), 120, 15, false, null, null);
    }

    WalkerForm walker() {
        return new WalkerForm(postId, guard);
    }

    Schedule.Timing timing() {
        return new Schedule.Timing(Objects.requireNonNull(startsAt), Objects.requireNonNull(endsAt),
                Objects.requireNonNull(everyMinutes), Objects.requireNonNull(toleranceMinutes),
                Boolean.TRUE.equals(randomised));
    }

}
