package org.garrison.people.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A session of a course: trainer, day and place. */
record SessionForm(@NotBlank @Size(max = 60) String trainer,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn, @NotBlank @Size(max = 120) String place) {
}
