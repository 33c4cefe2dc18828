package org.garrison.siteops.access;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Chinese vehicle plates (GA 36): a province character and the issuing office's letter, then five
 * characters for ordinary plates (the last may be 挂, 学, 警, 港 or 澳), or six for new-energy plates —
 * small cars {@code D}/{@code F} + one character + four digits, large vehicles five digits + {@code D}/{@code F}.
 * The letters I and O are never used.
 */
public final class Plates {

    private static final String REGION = "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]";

    private static final String LETTER = "[A-HJ-NP-Z]";

    private static final String CHAR = "[A-HJ-NP-Z0-9]";

    private static final Pattern ORDINARY = Pattern.compile(REGION + LETTER + CHAR + "{4}[A-HJ-NP-Z0-9挂学警港澳]");

    private static final Pattern NEW_ENERGY_SMALL = Pattern.compile(REGION + LETTER + "[DF]" + CHAR + "\\d{4}");

    private static final Pattern NEW_ENERGY_LARGE = Pattern.compile(REGION + LETTER + "\\d{5}[DF]");

    private Plates() {
    }

    /** The plate as stored: upper case, without blanks, dots or dashes (粤B·D12345 → 粤BD12345). */
    public static String normalise(String plate) {
        return plate.replaceAll("[\\s·.\\-]", "").toUpperCase(Locale.ROOT);
    }

    /** Whether the (normalised) plate has one of the civil formats. */
    public static boolean isValid(@Nullable String plate) {
        return plate != null && (ORDINARY.matcher(plate).matches() || NEW_ENERGY_SMALL.matcher(plate).matches()
                || NEW_ENERGY_LARGE.matcher(plate).matches());
    }

    /** Whether the (valid) plate is a new-energy plate of eight characters. */
    public static boolean isNewEnergy(String plate) {
        return NEW_ENERGY_SMALL.matcher(plate).matches() || NEW_ENERGY_LARGE.matcher(plate).matches();
    }

}
