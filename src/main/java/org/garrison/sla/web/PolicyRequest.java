package org.garrison.sla.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/**
 * A change of an SLA policy's terms.
 *
 * @param escalation the role codes told at each escalation level, first level first (see GET /api/v1/sla/escalation-roles
 *     for the codes)
 */
record PolicyRequest(@NotNull @Min(1) @Max(525_600) @Nullable Integer responseMinutes,
        @NotNull @Min(1) @Max(525_600) @Nullable Integer resolutionMinutes, @NotNull @Nullable Long calendarId,
        @NotNull @Min(1) @Max(99) @Nullable Integer warningPercent,
        @Schema(example = "[[\"TEAM_LEADER\"], [\"SUPERVISOR\", \"SECURITY_OPS\"]]") @NotEmpty @Nullable List<List<String>> escalation) {
}
