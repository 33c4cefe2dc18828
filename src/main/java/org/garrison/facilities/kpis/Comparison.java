package org.garrison.facilities.kpis;

/** How a KPI's value is held against its target. */
public enum Comparison {

    /** At least the target (≥), e.g. satisfaction ≥ 95 %. */
    AT_LEAST("≥"),
    /** Strictly below the target (<), e.g. complaint rate < 1 %: exactly 1 % misses it. */
    BELOW("<"),
    /** Exactly the target (=), e.g. no accident (0), every planned area treated (100 %). */
    EXACTLY("=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** The sign shown before the target (≥, <, =). */
    public String symbol() {
        return symbol;
    }

    /** Whether a value that compares to the target as {@code sign} (-1, 0, 1, as {@code compareTo}) meets it. */
    boolean holds(int sign) {
        return switch (this) {
            case AT_LEAST -> sign >= 0;
            case BELOW -> sign < 0;
            case EXACTLY -> sign == 0;
        };
    }

}
