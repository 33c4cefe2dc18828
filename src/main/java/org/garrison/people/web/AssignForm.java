package org.garrison.people.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Post a guard at a site (and post) from a day. */
record AssignForm(@NotNull Long employeeId, @NotNull Long siteId, @Nullable Long postId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {
}
