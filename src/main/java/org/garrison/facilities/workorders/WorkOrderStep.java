package org.garrison.facilities.workorders;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/** One line of a work order's history: who did what, when, with a note. */
@Entity
@Table(name = "fa_work_order_step")
public class WorkOrderStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long workOrderId;

    private Instant at;

    private String actor;

    private String action;

    private @Nullable String note;

    protected WorkOrderStep() {
    }

    WorkOrderStep(long workOrderId, Instant at, String actor, String action, @Nullable String note) {
        this.workOrderId = workOrderId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.note = Texts.blankToNull(note);
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String actionKey() {
        return "facilities.workOrder.action." + action;
    }

    public @Nullable String getNote() {
        return note;
    }

}
