package org.garrison.people.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.garrison.people.internal.Applicant;
import org.garrison.people.internal.CertificateKind;
import org.garrison.people.internal.Education;
import org.garrison.people.internal.Views.ApplicantFacts;
import org.jspecify.annotations.Nullable;

/**
 * What screening, the physical test and the background check established; empty means not yet known.
 * {@code reEducation}: ever sent to 劳动教养 or 收容教育; {@code certificates}: the kinds of certificate shown.
 */
record FactsForm(@Schema(example = "176") @Nullable @Min(100) @Max(230) Integer heightCm,
        @Schema(example = "SENIOR_HIGH") @Nullable Education education,
        @Schema(example = "true") @Nullable Boolean healthCertificate,
        @Schema(example = "false") @Nullable Boolean criminalRecord,
        @Schema(example = "false") @Nullable Boolean administrativePenalty,
        @Schema(example = "false") @Nullable Boolean reEducation,
        @ArraySchema(schema = @Schema(example = "DRIVING_LICENCE")) @Nullable List<CertificateKind> certificates) {

    static FactsForm of(Applicant applicant) {
        return new FactsForm(applicant.getHeightCm(), applicant.getEducation(), applicant.getHealthCertificate(),
                applicant.getCriminalRecord(), applicant.getAdministrativePenalty(), applicant.getReEducation(),
                applicant.getCertificateKinds().stream().sorted().toList());
    }

    ApplicantFacts facts() {
        return new ApplicantFacts(heightCm, education, healthCertificate, criminalRecord, administrativePenalty,
                reEducation, certificates == null ? Set.of() : Set.copyOf(certificates));
    }

}
