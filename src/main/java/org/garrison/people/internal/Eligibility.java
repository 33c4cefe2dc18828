package org.garrison.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The eligibility rules applied to an applicant's facts; each failure names the rule and why. */
public final class Eligibility {

    private Eligibility() {
    }

    /**
     * What an applicant is known to be. {@code null} means not yet established (not measured, not
     * checked), which fails the rule that needs it. {@code reEducation}: ever sent to 劳动教养 or
     * 收容教育; {@code certificates}: the kinds of certificate shown.
     */
    public record Facts(ResidentId residentId, @Nullable Integer heightCm, @Nullable Education education,
            @Nullable Boolean healthCertificate, @Nullable Boolean criminalRecord,
            @Nullable Boolean administrativePenalty, @Nullable Boolean reEducation, Set<CertificateKind> certificates) {

        public Facts {
            certificates = Set.copyOf(certificates);
        }

    }

    /** A failed rule: message key and arguments. */
    public record Failure(String messageKey, List<Object> args) {

        public Failure {
            args = List.copyOf(args);
        }

        static Failure of(String key, Object... args) {
            return new Failure(key, List.of(args));
        }

    }

    /**
     * The rules the facts fail on a day.
     *
     * @param postMinHeightCm the post's own height requirement; the higher of it and the policy's applies
     * @param postCertificates the certificate kinds the post requires; each one missing fails, named
     */
    public static List<Failure> check(Facts facts, EligibilityPolicy policy, @Nullable Integer postMinHeightCm,
            Set<CertificateKind> postCertificates, LocalDate today) {
        var failures = new ArrayList<Failure>();
        int age = facts.residentId().ageOn(today);
        if (age < policy.getMinAge()) {
            failures.add(Failure.of("people.rule.tooYoung", age, policy.getMinAge()));
        }
        if (age > policy.getMaxAge()) {
            failures.add(Failure.of("people.rule.tooOld", age, policy.getMaxAge()));
        }
        int minHeight = Math.max(policy.getMinHeightCm(), postMinHeightCm == null ? 0 : postMinHeightCm);
        if (facts.heightCm() == null) {
            failures.add(Failure.of("people.rule.heightUnknown", minHeight));
        }
        else if (facts.heightCm() < minHeight) {
            failures.add(Failure.of("people.rule.tooShort", facts.heightCm(), minHeight));
        }
        if (facts.education() == null || !facts.education().atLeast(policy.getMinEducation())) {
            failures.add(Failure.of("people.rule.education"));
        }
        if (policy.isHealthCertificateRequired() && !Boolean.TRUE.equals(facts.healthCertificate())) {
            failures.add(Failure.of("people.rule.health"));
        }
        if (policy.isCleanRecordRequired()) {
            if (facts.criminalRecord() == null || facts.administrativePenalty() == null || facts.reEducation() == null) {
                failures.add(Failure.of("people.rule.backgroundUnchecked"));
            }
            if (Boolean.TRUE.equals(facts.criminalRecord())) {
                failures.add(Failure.of("people.rule.criminalRecord"));
            }
            if (Boolean.TRUE.equals(facts.administrativePenalty())) {
                failures.add(Failure.of("people.rule.administrativePenalty"));
            }
            if (Boolean.TRUE.equals(facts.reEducation())) {
                failures.add(Failure.of("people.rule.reEducation"));
            }
        }
        missing(postCertificates, facts.certificates())
            .forEach(kind -> failures.add(Failure.of("people.rule.certificateMissing", named(kind))));
        return List.copyOf(failures);
    }

    /** The required kinds not held, in the enum's order. */
    static List<CertificateKind> missing(Set<CertificateKind> required, Set<CertificateKind> held) {
        return required.stream().filter(kind -> !held.contains(kind)).sorted().toList();
    }

    /** A certificate kind as a message argument, shown by its label in the reader's language. */
    static DefaultMessageSourceResolvable named(CertificateKind kind) {
        return new DefaultMessageSourceResolvable(kind.messageKey());
    }

}
