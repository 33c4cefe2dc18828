package org.garrison.siteops.preparedness;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

/** One step of an activated plan: its phase, its text, and when and by whom it was done. */
@Embeddable
public class ResponseStep {

    @Enumerated(EnumType.STRING)
    private ResponsePhase phase;

    private int position;

    private String stepText;

    private @Nullable Instant doneAt;

    private @Nullable String doneBy;

    protected ResponseStep() {
    }

    ResponseStep(ResponsePhase phase, int position, String stepText) {
        this.phase = phase;
        this.position = position;
        this.stepText = stepText;
    }

    void done(Instant at, String by) {
        this.doneAt = at;
        this.doneBy = by;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public ResponsePhase getPhase() {
        return phase;
    }

    public int getPosition() {
        return position;
    }

    public String getStepText() {
        return stepText;
    }

    public @Nullable Instant getDoneAt() {
        return doneAt;
    }

    public @Nullable String getDoneBy() {
        return doneBy;
    }

}
