package org.garrison.numbering;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How the numbers of one series look: {@code prefix + separator + yyyyMMdd + separator + sequence},
 * the sequence zero-padded to {@code width} digits (and growing past it when a day needs more). A module
 * declares its series as a bean (e.g. {@code new Series("TS", "TS", "-", 4)} gives {@code TS-20261121-0001});
 * a series nobody declared uses its name as prefix, {@code "-"} and three digits.
 *
 * @param name the key the counters are kept under (unique among series)
 * @param prefix the text the number starts with
 * @param separator between prefix, date and sequence
 * @param width minimal digits of the sequence
 */
public record Series(String name, String prefix, String separator, int width) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public static final int MAX_NAME_LENGTH = 100;

    public Series {
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("series name must have 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (width < 1 || width > 12) {
            throw new IllegalArgumentException("sequence width must be between 1 and 12, not " + width);
        }
    }

    /** The default shape: the name is the prefix, {@code "-"} separates, three digits. */
    public static Series of(String name) {
        return new Series(name, name, "-", 3);
    }

    /** The number with this sequence on this day. */
    public String format(LocalDate day, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequences start at 1, not " + sequence);
        }
        String digits = Long.toString(sequence);
        return prefix + separator + DAY.format(day) + separator + "0".repeat(Math.max(0, width - digits.length()))
                + digits;
    }

}
