package org.garrison.sla.internal;

import org.garrison.sla.SlaTarget;

/** A warning or breach a clock fired in a sweep. */
public record Firing(SlaTarget target, boolean breach, java.time.Instant dueAt, int escalationLevel) {
}
