package org.garrison.siteops.inspections;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.siteops.internal.Severity;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** Severity, owner and deadline of an open hazard. */
@Schema(example = "{\"severity\": \"MAJOR\", \"owner\": \"物业 王经理\", \"deadline\": \"2026-12-10\"}")
record AssignForm(@NotNull @Nullable Severity severity, @Size(max = 100) @Nullable String owner,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline) {
}
