package org.garrison.servicedesk.internal;

import java.time.Instant;

import org.garrison.shared.SiteId;
import org.garrison.sla.SlaManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The complaint's time limits on the SLA service: one clock for the whole complaint ({@code COMPLAINT},
 * per category: response = client told, resolution = answer sent) and one per step ({@code COMPLAINT_STEP},
 * category {@code <category>/<step>}). A step has a single deadline, so its response target is met when the
 * step starts and only the resolution target can warn or breach.
 */
@Component
class ComplaintClocks {

    static final String COMPLAINT = "COMPLAINT";

    static final String STEP = "COMPLAINT_STEP";

    private final SlaManagement sla;

    ComplaintClocks(SlaManagement sla) {
        this.sla = sla;
    }

    /** Starts the complaint's clock; until it is accepted, the running deadline is telling the client (response). */
    void filed(Complaint complaint) {
        var view = sla.start(COMPLAINT, complaint.getNumber(), complaint.getCategory().name(), complaint.getFiledAt(),
                new SiteId(complaint.getSiteId()));
        complaint.stepClock(null, view.responseDueAt());
    }

    /** Customer service classified the complaint otherwise on acceptance: the complaint's clock follows the category. */
    void reclassified(Complaint complaint) {
        sla.reprioritise(COMPLAINT, complaint.getNumber(), complaint.getCategory().name());
    }

    void accepted(Complaint complaint, Instant at) {
        sla.responded(COMPLAINT, complaint.getNumber(), at);
    }

    void answered(Complaint complaint, Instant at) {
        sla.resolved(COMPLAINT, complaint.getNumber(), at);
    }

    /** Stops the running step clock (if any) and starts the one of the complaint's current step (if any). */
    void moveStep(Complaint complaint, Instant at) {
        var running = complaint.getStepClock().getStepRef();
        if (running != null) {
            sla.resolved(STEP, running, at);
        }
        String step = complaint.getState().step();
        if (step == null) {
            complaint.stepClock(null, null);
            return;
        }
        String ref = freeRef(complaint.getNumber() + "/" + step);
        sla.start(STEP, ref, complaint.getCategory().name() + "/" + step, at, new SiteId(complaint.getSiteId()));
        var view = sla.responded(STEP, ref, at);
        complaint.stepClock(ref, view.resolutionDueAt());
    }

    /** The complaint number a clock of this module belongs to, or {@code null} for other clocks. */
    static @Nullable String complaintNumber(String itemType, String itemRef) {
        if (COMPLAINT.equals(itemType)) {
            return itemRef;
        }
        if (STEP.equals(itemType)) {
            int slash = itemRef.indexOf('/');
            return slash < 0 ? itemRef : itemRef.substring(0, slash);
        }
        return null;
    }

    /** A step entered again (e.g. drafting after a refused compensation) gets a clock of its own. */
    private String freeRef(String base) {
        String ref = base;
        for (int round = 2; sla.clockOf(STEP, ref).isPresent(); round++) {
            ref = base + "-" + round;
        }
        return ref;
    }

}
