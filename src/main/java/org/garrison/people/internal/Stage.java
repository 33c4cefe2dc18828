package org.garrison.people.internal;

import java.util.Optional;

/** Where an applicant stands in the recruitment pipeline, in the order of the pipeline. */
public enum Stage {

    APPLIED, SCREENED, INTERVIEWED, PHYSICAL_TEST, BACKGROUND_CHECK, OFFER, HIRED, REJECTED;

    /** The stage an applicant moves to when this one is passed; empty for hired and rejected. */
    public Optional<Stage> next() {
        return switch (this) {
            case HIRED, REJECTED, OFFER -> this == OFFER ? Optional.of(HIRED) : Optional.empty();
            default -> Optional.of(values()[ordinal() + 1]);
        };
    }

    public boolean isClosed() {
        return this == HIRED || this == REJECTED;
    }

    public String messageKey() {
        return "people.stage." + name();
    }

}
