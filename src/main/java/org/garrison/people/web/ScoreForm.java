package org.garrison.people.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** A trainee's exam score; the course refuses one above its maximum. */
record ScoreForm(@Schema(example = "57") @NotNull Long employeeId,
        @Schema(example = "86") @NotNull @Min(0) Integer score,
        @Schema(example = "2026-12-09") @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate takenOn) {
}
