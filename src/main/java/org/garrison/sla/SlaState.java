package org.garrison.sla;

/** Where an SLA clock stands: running, held (e.g. waiting for the client), or stopped by resolution. */
public enum SlaState {
    RUNNING, PAUSED, RESOLVED
}
