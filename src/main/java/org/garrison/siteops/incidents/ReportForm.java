package org.garrison.siteops.incidents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.internal.Severity;
import org.jspecify.annotations.Nullable;

/** The quick report from a phone: site, type, severity, place and a short text (the photo comes as its own part). */
record ReportForm(@NotNull @Nullable Long siteId, @NotNull @Nullable IncidentType type, @NotNull @Nullable Severity severity,
        @NotBlank @Size(max = 200) String place, @NotBlank @Size(max = 1000) String summary) {

    static ReportForm blank(@Nullable Long siteId) {
        return new ReportForm(siteId, null, Severity.MINOR, "", "");
    }

}
