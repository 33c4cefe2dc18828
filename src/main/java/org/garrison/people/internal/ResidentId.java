package org.garrison.people.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

import org.garrison.shared.DomainException;
import org.garrison.shared.ResidentIds;

/**
 * A Chinese resident identity number (居民身份号码, GB 11643-1999): 17 digits and a check character
 * (0–9 or X) computed by ISO 7064 MOD 11-2; digits 7–14 are the birth date. The checks are
 * {@link ResidentIds}'; this value refuses a bad number with the reason for the applicant's form.
 */
public record ResidentId(String value) {

    /** Checks the number; a lower-case x is accepted as X. */
    public ResidentId {
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!value.matches("\\d{17}[\\dX]")) {
            throw new DomainException("people.residentId.format");
        }
        if (ResidentIds.checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            throw new DomainException("people.residentId.checkDigit");
        }
        birthDateOf(value);
    }

    public static ResidentId of(String value) {
        return new ResidentId(value);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** Full years of age on a day (a person turns 45 on their 45th birthday). */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate(), day).getYears();
    }

    private static LocalDate birthDateOf(String value) {
        return ResidentIds.birthDate(value).orElseThrow(() -> new DomainException("people.residentId.birthDate"));
    }

    @Override
    public String toString() {
        return value;
    }

}
