package org.garrison.people.internal;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Inputs of the people services, as validated values. */
public final class Views {

    private Views() {
    }

    /** A hiring plan to open. */
    public record PlanDetails(long siteId, @Nullable Long postId, String postName, int headcount,
            @Nullable Integer minHeightCm, @Nullable String requirements, LocalDate dueBy) {
    }

    /** An applicant to register, with where they came from; the resident ID is checked by the service. */
    public record ApplicantDetails(@Nullable Long planId, String fullName, String residentId, String phone,
            @Nullable Integer heightCm, @Nullable Education education, RecruitmentChannel channel) {
    }

    /**
     * What screening, the physical test and the background check established; {@code null} is not yet known.
     * {@code reEducation}: ever sent to 劳动教养 or 收容教育; {@code certificates}: the kinds shown.
     */
    public record ApplicantFacts(@Nullable Integer heightCm, @Nullable Education education,
            @Nullable Boolean healthCertificate, @Nullable Boolean criminalRecord,
            @Nullable Boolean administrativePenalty, @Nullable Boolean reEducation, Set<CertificateKind> certificates) {

        public ApplicantFacts {
            certificates = Set.copyOf(certificates);
        }

    }

    /** An employee's contacts and family contact card (亲情联系卡). */
    public record Contacts(String phone, @Nullable String address, @Nullable String familyContactName,
            @Nullable String familyContactRelation, @Nullable String familyContactPhone) {
    }

    /** A certificate to add to an employee's record. */
    public record CertificateDetails(CertificateKind kind, String number, LocalDate issuedOn,
            @Nullable LocalDate expiresOn, boolean required) {
    }

}
