package org.garrison.facilities.plans;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** A meeting booked on a plan "before and after meetings"; local times of the business zone. */
record MeetingForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime startsAt,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime endsAt) {

    static MeetingForm blank() {
        return new MeetingForm(null, null);
    }

}
