package org.garrison.people.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A session of a course: trainer, day and place. */
record SessionForm(@Schema(example = "刘教官") @NotBlank @Size(max = 60) String trainer,
        @Schema(example = "2026-12-09") @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
        @Schema(example = "总部三楼培训室") @NotBlank @Size(max = 120) String place) {
}
