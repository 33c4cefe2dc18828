package org.garrison.people.web;

import java.time.LocalDate;

import org.garrison.people.internal.Applicant;
import org.jspecify.annotations.Nullable;

/** API view of an applicant in the pipeline. */
record ApplicantSummary(long id, String name, @Nullable Long planId, @Nullable Long siteId, String stage,
        @Nullable String rejectionReason, LocalDate appliedOn) {

    static ApplicantSummary of(Applicant a) {
        return new ApplicantSummary(a.getId(), a.getFullName(), a.getPlanId(), a.getSiteId(), a.getStage().name(),
                a.getRejectionReason(), a.getAppliedOn());
    }

}
