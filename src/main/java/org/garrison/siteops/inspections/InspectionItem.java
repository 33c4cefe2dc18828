package org.garrison.siteops.inspections;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

/** One checked item of an inspection: pass, fail (with the hazard it opened) or not applicable. */
@Embeddable
public class InspectionItem {

    /** What the inspector found. */
    public enum Outcome {
        PASS, FAIL, NOT_APPLICABLE;

        public String messageKey() {
            return "siteops.inspection.outcome." + name();
        }
    }

    private int position;

    private String itemText;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private @Nullable String note;

    private @Nullable Long hazardId;

    protected InspectionItem() {
    }

    InspectionItem(int position, String itemText, Outcome outcome, @Nullable String note) {
        this.position = position;
        this.itemText = itemText;
        this.outcome = outcome;
        this.note = note;
    }

    void openedHazard(long id) {
        this.hazardId = id;
    }

    public int getPosition() {
        return position;
    }

    public String getItemText() {
        return itemText;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public @Nullable String getNote() {
        return note;
    }

    public @Nullable Long getHazardId() {
        return hazardId;
    }

}
