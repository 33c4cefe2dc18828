package org.garrison.sla.internal;

import java.time.Instant;

import org.garrison.sla.SlaTarget;

/** A warning or breach a clock fired in a sweep. */
public record Firing(SlaTarget target, boolean breach, Instant dueAt, int escalationLevel) {
}
