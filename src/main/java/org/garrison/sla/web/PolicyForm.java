package org.garrison.sla.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.sla.internal.SlaPolicy;
import org.jspecify.annotations.Nullable;

/** The editable terms of an SLA policy. */
record PolicyForm(@NotNull @Min(1) @Max(525_600) @Nullable Integer responseMinutes,
        @NotNull @Min(1) @Max(525_600) @Nullable Integer resolutionMinutes, @NotNull @Nullable Long calendarId,
        @NotNull @Min(1) @Max(99) @Nullable Integer warningPercent,
        @NotBlank @Size(max = 300) @Nullable String escalationRoles) {

    static PolicyForm of(SlaPolicy policy) {
        return new PolicyForm(policy.getResponseMinutes(), policy.getResolutionMinutes(), policy.getCalendarId(),
                policy.getWarningPercent(), policy.getEscalationRoles());
    }

}
