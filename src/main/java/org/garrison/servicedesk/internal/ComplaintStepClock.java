package org.garrison.servicedesk.internal;

import java.time.Instant;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** The SLA clock of a complaint's current step (its reference and deadline), and whether a time limit passed. */
@Embeddable
public class ComplaintStepClock {

    private @Nullable String stepRef;

    private @Nullable Instant stepDueAt;

    private boolean overdue;

    protected ComplaintStepClock() {
    }

    ComplaintStepClock(@Nullable String ref, @Nullable Instant dueAt, boolean overdue) {
        this.stepRef = ref;
        this.stepDueAt = dueAt;
        this.overdue = overdue;
    }

    /** No step clock running and nothing overdue. */
    static ComplaintStepClock none() {
        return new ComplaintStepClock();
    }

    ComplaintStepClock markedOverdue() {
        return new ComplaintStepClock(stepRef, stepDueAt, true);
    }

    public @Nullable String getStepRef() {
        return stepRef;
    }

    public @Nullable Instant getStepDueAt() {
        return stepDueAt;
    }

    public boolean isOverdue() {
        return overdue;
    }

}
