package org.garrison.siteops.internal;

/** How grave an incident or a hazard is: 一般, 较大, 重大, 特别重大. */
public enum Severity {

    MINOR, SERIOUS, MAJOR, CRITICAL;

    /** Whether management and the client's contacts are told as well (重大 and above). */
    public boolean isSevere() {
        return compareTo(MAJOR) >= 0;
    }

    public String messageKey() {
        return "siteops.severity." + name();
    }

}
