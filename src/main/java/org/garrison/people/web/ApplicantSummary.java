package org.garrison.people.web;

import java.time.LocalDate;
import java.util.List;

import org.garrison.people.internal.Applicant;
import org.jspecify.annotations.Nullable;

/**
 * API view of an applicant in the pipeline, with the channel they came through and the background facts
 * ({@code null}: not yet known) and certificate kinds the eligibility rules look at.
 */
record ApplicantSummary(long id, String name, @Nullable Long planId, @Nullable Long siteId, String stage,
        @Nullable String rejectionReason, LocalDate appliedOn, String channel, @Nullable Boolean criminalRecord,
        @Nullable Boolean administrativePenalty, @Nullable Boolean reEducation, List<String> certificates) {

    static ApplicantSummary of(Applicant a) {
        return new ApplicantSummary(a.getId(), a.getFullName(), a.getPlanId(), a.getSiteId(), a.getStage().name(),
                a.getRejectionReason(), a.getAppliedOn(), a.getChannel().name(), a.getCriminalRecord(),
                a.getAdministrativePenalty(), a.getReEducation(),
                a.getCertificateKinds().stream().sorted().map(Enum::name).toList());
    }

}
