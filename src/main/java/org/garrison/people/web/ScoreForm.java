package org.garrison.people.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** A trainee's exam score; the course refuses one above its maximum. */
record ScoreForm(@NotNull Long employeeId, @NotNull @Min(0) Integer score,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate takenOn) {
}
