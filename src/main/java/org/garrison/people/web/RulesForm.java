package org.garrison.people.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.people.internal.Education;
import org.garrison.people.internal.EligibilityPolicy;
import org.jspecify.annotations.Nullable;

/** The eligibility rules' values as edited. */
@Schema(name = "EligibilityRulesChange", example = """
        {"minAge": 18, "maxAge": 45, "minHeightCm": 168, "minEducation": "JUNIOR_HIGH",
         "healthCertificateRequired": true, "cleanRecordRequired": true}""")
record RulesForm(@NotNull @Min(16) @Max(70) Integer minAge, @NotNull @Min(16) @Max(70) Integer maxAge,
        @NotNull @Min(100) @Max(230) Integer minHeightCm, @NotNull Education minEducation, @Nullable Boolean healthCertificateRequired,
        @Nullable Boolean cleanRecordRequired) {

    /** Unticked boxes are not sent: a missing one means not required. */
    boolean healthRequired() {
        return Boolean.TRUE.equals(healthCertificateRequired);
    }

    boolean cleanRecord() {
        return Boolean.TRUE.equals(cleanRecordRequired);
    }

    static RulesForm of(EligibilityPolicy policy) {
        return new RulesForm(policy.getMinAge(), policy.getMaxAge(), policy.getMinHeightCm(), policy.getMinEducation(),
                policy.isHealthCertificateRequired(), policy.isCleanRecordRequired());
    }

}
