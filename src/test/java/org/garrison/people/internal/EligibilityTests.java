package org.garrison.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.garrison.people.internal.Eligibility.Facts;
import org.garrison.people.internal.Eligibility.Failure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityTests {

    private static final LocalDate BIRTH = LocalDate.of(1981, 6, 15);

    private final EligibilityPolicy defaults = EligibilityPolicy.defaults();

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({ "1999-06-14, people.rule.tooYoung", "1999-06-15, ''", "2026-06-15, ''", "2027-06-14, ''",
            "2027-06-15, people.rule.tooOld" })
    void ageCountsFromTheResidentIdUpToTheDayBeforeThe46thBirthday(LocalDate day, String failure) {
        assertThat(keys(check(facts(175, Education.JUNIOR_HIGH), null, day))).isEqualTo(failure);
    }

    @ParameterizedTest(name = "height {0} cm, post needs {1}: {2}")
    @CsvSource({ "170, , ''", "169, , people.rule.tooShort", "175, 175, ''", "174, 175, people.rule.tooShort",
            "172, 160, ''", ", , people.rule.heightUnknown" })
    void heightMustReachTheCompanyMinimumOrThePostsHigherOne(Integer height, Integer post, String failure) {
        assertThat(keys(check(facts(height, Education.SENIOR_HIGH), post, LocalDate.of(2026, 1, 1)))).isEqualTo(failure);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({ "PRIMARY, people.rule.education", "JUNIOR_HIGH, ''", "BACHELOR, ''", ", people.rule.education" })
    void educationMustBeJuniorHighOrAbove(Education education, String failure) {
        assertThat(keys(check(facts(180, education), null, LocalDate.of(2026, 1, 1)))).isEqualTo(failure);
    }

    @ParameterizedTest(name = "health {0}, criminal {1}, penalty {2}, re-education {3}: {4}")
    @CsvSource({ "true, false, false, false, ''", "false, false, false, false, people.rule.health",
            ", false, false, false, people.rule.health", "true, true, false, false, people.rule.criminalRecord",
            "true, false, true, false, people.rule.administrativePenalty",
            "true, false, false, true, people.rule.reEducation",
            "true, , false, false, people.rule.backgroundUnchecked",
            "true, false, , false, people.rule.backgroundUnchecked",
            "true, false, false, , people.rule.backgroundUnchecked",
            "true, true, true, true, 'people.rule.criminalRecord,people.rule.administrativePenalty,people.rule.reEducation'",
            "true, , , true, 'people.rule.backgroundUnchecked,people.rule.reEducation'" })
    void healthAndACleanRecordAreRequired(Boolean health, Boolean criminal, Boolean penalty, Boolean reEducation,
            String failure) {
        var facts = new Facts(ResidentIdTests.idBornOn(BIRTH), 180, Education.SENIOR_HIGH, health, criminal, penalty,
                reEducation, Set.of());
        assertThat(keys(check(facts, null, LocalDate.of(2026, 1, 1)))).isEqualTo(failure);
    }

    @ParameterizedTest(name = "re-education {0}")
    @CsvSource({ "true", "false", "''" })
    void reEducationIsNotAskedWhenTheCompanyDoesNotRequireACleanRecord(String reEducation) {
        var policy = EligibilityPolicy.defaults();
        policy.change(18, 45, 170, Education.JUNIOR_HIGH, true, false);
        Boolean value = reEducation.isEmpty() ? null : Boolean.valueOf(reEducation);
        var facts = new Facts(ResidentIdTests.idBornOn(BIRTH), 180, Education.SENIOR_HIGH, true, null, null, value,
                Set.of());
        assertThat(Eligibility.check(facts, policy, null, Set.of(), LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void editedRulesApplyInsteadOfTheDefaults() {
        var policy = EligibilityPolicy.defaults();
        policy.change(18, 50, 165, Education.PRIMARY, false, true);
        var facts = new Facts(ResidentIdTests.idBornOn(BIRTH), 166, Education.PRIMARY, null, false, false, false, Set.of());
        assertThat(Eligibility.check(facts, policy, null, Set.of(), LocalDate.of(2030, 1, 1))).isEmpty();
    }

    @Test
    void aPostWithoutCertificateRequirementsAsksForNone() {
        assertThat(Eligibility.check(facts(180, Education.SENIOR_HIGH), defaults, null, Set.of(), LocalDate.of(2026, 1, 1)))
            .isEmpty();
    }

    @Test
    void eachCertificateThePostRequiresAndTheApplicantLacksFailsNamingIt() {
        var facts = new Facts(ResidentIdTests.idBornOn(BIRTH), 180, Education.SENIOR_HIGH, true, false, false, false,
                Set.of(CertificateKind.FIRST_AID, CertificateKind.COMPUTER_SKILLS));
        var failures = Eligibility.check(facts, defaults, null,
                Set.of(CertificateKind.DRIVING_LICENCE, CertificateKind.COMPUTER_SKILLS, CertificateKind.FIRE_SAFETY),
                LocalDate.of(2026, 1, 1));
        assertThat(failures).extracting(Failure::messageKey)
            .containsExactly("people.rule.certificateMissing", "people.rule.certificateMissing");
        assertThat(failures).extracting(f -> f.args().get(0))
            .containsExactly(Eligibility.named(CertificateKind.FIRE_SAFETY),
                    Eligibility.named(CertificateKind.DRIVING_LICENCE));
    }

    @Test
    void holdingEveryRequiredCertificatePasses() {
        var facts = new Facts(ResidentIdTests.idBornOn(BIRTH), 180, Education.SENIOR_HIGH, true, false, false, false,
                Set.of(CertificateKind.DRIVING_LICENCE, CertificateKind.COMPUTER_SKILLS, CertificateKind.FIRST_AID));
        assertThat(Eligibility.check(facts, defaults, null,
                Set.of(CertificateKind.DRIVING_LICENCE, CertificateKind.COMPUTER_SKILLS), LocalDate.of(2026, 1, 1)))
            .isEmpty();
    }

    @Test
    void aFailureNamesTheNumbersOfTheRule() {
        var failures = check(facts(165, Education.SENIOR_HIGH), 175, LocalDate.of(2026, 1, 1));
        assertThat(failures).containsExactly(new Failure("people.rule.tooShort", List.of(165, 175)));
    }

    private List<Failure> check(Facts facts, Integer postHeight, LocalDate day) {
        return Eligibility.check(facts, defaults, postHeight, Set.of(), day);
    }

    private static Facts facts(Integer height, Education education) {
        return new Facts(ResidentIdTests.idBornOn(BIRTH), height, education, true, false, false, false, Set.of());
    }

    private static String keys(List<Failure> failures) {
        return String.join(",", failures.stream().map(Failure::messageKey).toList());
    }

}
