package org.garrison.servicedesk.internal;

import org.jspecify.annotations.Nullable;

/**
 * Where a complaint stands in the flow of 001 ch.10 §4, and the time-limited step (if any) it waits for.
 */
public enum ComplaintState {

    /** Filed by a client in the portal; customer service has not yet accepted and signed it. */
    SUBMITTED(null),
    /** Accepted, judged and the client told; security operations investigates. */
    INVESTIGATING("INVESTIGATE"),
    /** Responsible people named; the guard and team leader confirm. */
    CONFIRMING("CONFIRM"),
    /** Customer service drafts the handling and the responsibility. */
    DRAFTING("DRAFT"),
    /** Compensation or fee deduction waits for the approval chain. */
    AWAITING_APPROVAL(null),
    /** The handling is settled; the answer goes to the client. */
    ANSWERING("ANSWER"),
    /** Answered; customer service visits the client again. */
    RETURN_VISIT("RETURN_VISIT"),
    /** Return visit done. */
    CLOSED(null);

    private final @Nullable String step;

    ComplaintState(@Nullable String step) {
        this.step = step;
    }

    /** The SLA step this state waits for, or {@code null} when no step clock runs. */
    public @Nullable String step() {
        return step;
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    public String messageKey() {
        return "servicedesk.state." + name();
    }

}
