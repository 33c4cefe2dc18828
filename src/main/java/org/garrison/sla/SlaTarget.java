package org.garrison.sla;

/** The two targets of an SLA clock: first response, and resolution. */
public enum SlaTarget {
    RESPONSE, RESOLUTION
}
