package org.garrison.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.garrison.shared.DomainException;
import org.garrison.shared.ResidentIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdTests {

    @ParameterizedTest(name = "{0} is valid, born {1}")
    @CsvSource({ "11010519491231002X, 1949-12-31", "11010519491231002x, 1949-12-31", "440304198106151238, 1981-06-15",
            "440305200111210059, 2001-11-21", "43052119800229001X, 1980-02-29" })
    void acceptsValidNumbersAndReadsTheBirthDate(String number, LocalDate birth) {
        var id = ResidentId.of(number);
        assertThat(id.birthDate()).isEqualTo(birth);
        assertThat(id.value()).isEqualTo(number.toUpperCase());
    }

    @ParameterizedTest(name = "{0} is refused with {1}")
    @CsvSource({ "110105194912310021, people.residentId.checkDigit", "440304198106151239, people.residentId.checkDigit",
            "44030419810615123X, people.residentId.checkDigit", "4403041981061512, people.residentId.format",
            "4403041981061512381, people.residentId.format", "44030419810615123A, people.residentId.format",
            "'', people.residentId.format", "440304198102301236, people.residentId.birthDate",
            "430521198102290013, people.residentId.birthDate", "440304180001011237, people.residentId.birthDate" })
    void refusesBadNumbersWithTheReason(String number, String key) {
        String candidate = checkDigitFixedUnlessTestingIt(number, key);
        assertThatThrownBy(() -> ResidentId.of(candidate)).isInstanceOf(DomainException.class)
            .extracting(ex -> ((DomainException) ex).messageKey())
            .isEqualTo(key);
    }

    @ParameterizedTest(name = "born {0}, on {1} aged {2}")
    @CsvSource({ "1981-06-15, 2026-06-14, 44", "1981-06-15, 2026-06-15, 45", "1981-06-15, 2027-06-14, 45",
            "1981-06-15, 2027-06-15, 46", "1980-02-29, 2025-02-28, 44", "1980-02-29, 2025-03-01, 45" })
    void countsFullYearsUpToTheBirthday(LocalDate birth, LocalDate day, int age) {
        assertThat(idBornOn(birth).ageOn(day)).isEqualTo(age);
    }

    static ResidentId idBornOn(LocalDate birth) {
        String first17 = "440304" + birth.toString().replace("-", "") + "123";
        return ResidentId.of(first17 + ResidentIds.checkCharacter(first17));
    }

    /** Bad dates get a right check digit, so the date rule (not the check digit) refuses them. */
    private static String checkDigitFixedUnlessTestingIt(String number, String key) {
        if (!key.equals("people.residentId.birthDate")) {
            return number;
        }
        String first17 = number.substring(0, 17);
        return first17 + ResidentIds.checkCharacter(first17);
    }

}
