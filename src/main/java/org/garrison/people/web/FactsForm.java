package org.garrison.people.web;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.garrison.people.internal.Applicant;
import org.garrison.people.internal.Education;
import org.jspecify.annotations.Nullable;

/** What screening, the physical test and the background check established; empty means not yet known. */
record FactsForm(@Schema(example = "176") @Nullable @Min(100) @Max(230) Integer heightCm,
        @Schema(example = "SENIOR_HIGH") @Nullable Education education,
        @Schema(example = "true") @Nullable Boolean healthCertificate,
        @Schema(example = "false") @Nullable Boolean criminalRecord,
        @Schema(example = "false") @Nullable Boolean administrativePenalty) {

    static FactsForm of(Applicant applicant) {
        return new FactsForm(applicant.getHeightCm(), applicant.getEducation(), applicant.getHealthCertificate(),
                applicant.getCriminalRecord(), applicant.getAdministrativePenalty());
    }

}
