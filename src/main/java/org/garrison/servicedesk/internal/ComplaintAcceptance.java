package org.garrison.servicedesk.internal;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** Customer service's signature on a complaint (投诉受理): who accepted it, on which day, and whether it is reasonable. */
@Embeddable
public class ComplaintAcceptance {

    private @Nullable LocalDate acceptedOn;

    private @Nullable String acceptedBy;

    private @Nullable Boolean reasonable;

    /** Not accepted yet. */
    protected ComplaintAcceptance() {
    }

    ComplaintAcceptance(String acceptedBy, LocalDate acceptedOn, boolean reasonable) {
        this.acceptedBy = acceptedBy;
        this.acceptedOn = acceptedOn;
        this.reasonable = reasonable;
    }

    static ComplaintAcceptance none() {
        return new ComplaintAcceptance();
    }

    public @Nullable LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public @Nullable String getAcceptedBy() {
        return acceptedBy;
    }

    public @Nullable Boolean getReasonable() {
        return reasonable;
    }

}
