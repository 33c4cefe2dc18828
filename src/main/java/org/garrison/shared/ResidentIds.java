package org.garrison.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The 18-digit resident identity number (居民身份证号码, GB 11643-1999): a six-digit region code, the
 * birth date {@code yyyyMMdd}, a three-digit sequence and a check character (0–9 or X) computed over
 * the first seventeen digits (ISO 7064 MOD 11-2). Used wherever a person's identity is recorded
 * (applicants and employees, visitors at the gate).
 */
public final class ResidentIds {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    private ResidentIds() {
    }

    /** The number as stored: without blanks, a lower-case x as X. */
    public static String normalise(String number) {
        return number.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** Whether the (normalised) number is a valid resident ID born on or before {@code today}. */
    public static boolean isValid(@Nullable String number, LocalDate today) {
        if (number == null || !number.matches("[1-9]\\d{16}[\\dX]")) {
            return false;
        }
        var birth = birthDate(number);
        if (birth.isEmpty() || birth.get().isAfter(today)) {
            return false;
        }
        return number.charAt(17) == checkCharacter(number.substring(0, 17));
    }

    /** The birth date in digits 7–14, or empty when they are no real day since 1900. */
    public static Optional<LocalDate> birthDate(String number) {
        try {
            var birth = LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
            return birth.getYear() < 1900 ? Optional.empty() : Optional.of(birth);
        }
        catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException ex) {
            return Optional.empty();
        }
    }

    /** The check character of the first seventeen digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

}
