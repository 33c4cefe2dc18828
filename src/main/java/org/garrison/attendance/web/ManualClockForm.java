package org.garrison.attendance.web;

import java.time.LocalDateTime;

import org.garrison.attendance.internal.ClockKind;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A team leader's clock event by hand: in or out, when (business time), and why. */
record ManualClockForm(@Nullable ClockKind kind,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime at, @Nullable String reason) {
}
