package org.garrison.people.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

import org.garrison.shared.DomainException;

/**
 * A Chinese resident identity number (居民身份号码, GB 11643-1999): 17 digits and a check character
 * (0–9 or X) computed by ISO 7064 MOD 11-2; digits 7–14 are the birth date.
 */
public record ResidentId(String value) {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    /** Checks the number; a lower-case x is accepted as X. */
    public ResidentId {
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!value.matches("\\d{17}[\\dX]")) {
            throw new DomainException("people.residentId.format");
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            throw new DomainException("people.residentId.checkDigit");
        }
        birthDateOf(value);
    }

    public static ResidentId of(String value) {
        return new ResidentId(value);
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** Full years of age on a day (a person turns 45 on their 45th birthday). */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate(), day).getYears();
    }

    private static LocalDate birthDateOf(String value) {
        try {
            var date = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
            if (date.getYear() < 1900) {
                throw new DomainException("people.residentId.birthDate");
            }
            return date;
        }
        catch (DateTimeException ex) {
            throw new DomainException("people.residentId.birthDate");
        }
    }

    @Override
    public String toString() {
        return value;
    }

}
