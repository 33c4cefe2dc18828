package org.garrison.people.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.garrison.people.internal.Applicant;
import org.garrison.people.internal.Education;
import org.jspecify.annotations.Nullable;

/** What screening, the physical test and the background check established; empty means not yet known. */
record FactsForm(@Nullable @Min(100) @Max(230) Integer heightCm, @Nullable Education education,
        @Nullable Boolean healthCertificate, @Nullable Boolean criminalRecord, @Nullable Boolean administrativePenalty) {

    static FactsForm of(Applicant applicant) {
        return new FactsForm(applicant.getHeightCm(), applicant.getEducation(), applicant.getHealthCertificate(),
                applicant.getCriminalRecord(), applicant.getAdministrativePenalty());
    }

}
