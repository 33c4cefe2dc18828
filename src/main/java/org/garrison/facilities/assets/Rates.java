package org.garrison.facilities.assets;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/** Rates in percent with one decimal; a rate over nothing is no rate ({@code null}), neither 0 % nor 100 %. */
public final class Rates {

    private Rates() {
    }

    /** {@code part ÷ whole × 100}, rounded half up to one decimal; {@code null} when {@code whole} is zero or less. */
    public static @Nullable BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

}
