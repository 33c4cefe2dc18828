package org.garrison.facilities.assets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * What an electrical reading may be and when it is abnormal. A value outside what the instruments can show on a branch's
 * low-voltage installation is a typing error and refused: voltage 0–1000 V, current 0–2000 A, insulation resistance
 * 0–10000 MΩ, grounding resistance 0–1000 Ω (never negative). A value inside that range is abnormal when the voltage is
 * more than 10 % away from 220 V (single phase) and from 380 V (three phase), the insulation resistance is below
 * 0.5 MΩ (GB 50150 for low-voltage lines) or the grounding resistance above 4 Ω (GB 50169 for protective earthing).
 * Current has no threshold of its own: the rated current depends on the device.
 */
final class ReadingRules {

    static final BigDecimal MAX_VOLTAGE = new BigDecimal("1000");

    static final BigDecimal MAX_CURRENT = new BigDecimal("2000");

    static final BigDecimal MAX_INSULATION = new BigDecimal("10000");

    static final BigDecimal MAX_GROUNDING = new BigDecimal("1000");

    static final BigDecimal MIN_INSULATION = new BigDecimal("0.5");

    static final BigDecimal MAX_GOOD_GROUNDING = new BigDecimal("4");

    private static final List<BigDecimal> NOMINAL_VOLTAGES = List.of(new BigDecimal("220"), new BigDecimal("380"));

    private static final BigDecimal TOLERANCE = new BigDecimal("0.10");

    private ReadingRules() {
    }

    /** Refuses a reading without any value, or with a value outside its physical range. */
    static void requireValid(@Nullable BigDecimal voltage, @Nullable BigDecimal current, @Nullable BigDecimal insulation,
            @Nullable BigDecimal grounding) {
        if (voltage == null && current == null && insulation == null && grounding == null) {
            throw new DomainException("facilities.assets.reading.empty");
        }
        inRange(voltage, MAX_VOLTAGE, "facilities.assets.reading.voltageRange");
        inRange(current, MAX_CURRENT, "facilities.assets.reading.currentRange");
        inRange(insulation, MAX_INSULATION, "facilities.assets.reading.insulationRange");
        inRange(grounding, MAX_GROUNDING, "facilities.assets.reading.groundingRange");
    }

    /** What is abnormal in a valid reading (VOLTAGE, INSULATION, GROUNDING); empty when it is normal. */
    static List<String> findings(@Nullable BigDecimal voltage, @Nullable BigDecimal insulation, @Nullable BigDecimal grounding) {
        var findings = new ArrayList<String>();
        if (voltage != null && !nearNominal(voltage)) {
            findings.add("VOLTAGE");
        }
        if (insulation != null && insulation.compareTo(MIN_INSULATION) < 0) {
            findings.add("INSULATION");
        }
        if (grounding != null && grounding.compareTo(MAX_GOOD_GROUNDING) > 0) {
            findings.add("GROUNDING");
        }
        return findings;
    }

    private static boolean nearNominal(BigDecimal voltage) {
        return NOMINAL_VOLTAGES.stream()
            .anyMatch(nominal -> voltage.subtract(nominal).abs().compareTo(nominal.multiply(TOLERANCE)) <= 0);
    }

    private static void inRange(@Nullable BigDecimal value, BigDecimal max, String key) {
        if (value != null && (value.signum() < 0 || value.compareTo(max) > 0)) {
            throw new DomainException(key, value.toPlainString(), max.toPlainString());
        }
    }

}
