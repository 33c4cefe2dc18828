package org.garrison.servicedesk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A complaint's cause (发生原因) and corrective action (改善对策, 001 ch.10 §3.1.6, §3.2.2): owned by a department
 * and a person, due by a date, carried out (执行), and its effect checked (效果确认). Open → done → effective; an
 * action found not effective is reopened with a new due date and carried out again.
 */
@Entity
@Table(name = "sd_corrective_action")
public class CorrectiveAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long complaintId;

    private long siteId;

    private String cause;

    private String measure;

    @Enumerated(EnumType.STRING)
    private ActionOwner ownerRole;

    private String ownerName;

    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private CorrectiveState state;

    private @Nullable String doneNote;

    private @Nullable String doneBy;

    private @Nullable Instant doneAt;

    private @Nullable String effectNote;

    private @Nullable String checkedBy;

    private @Nullable Instant checkedAt;

    private int reopened;

    private boolean overdueAlerted;

    private String plannedBy;

    private Instant plannedAt;

    @Version
    private long version;

    protected CorrectiveAction() {
    }

    public CorrectiveAction(long complaintId, long siteId, Plan plan, LocalDate today, String plannedBy, Instant at) {
        this.complaintId = complaintId;
        this.siteId = siteId;
        this.plannedBy = plannedBy;
        this.plannedAt = at;
        this.state = CorrectiveState.OPEN;
        apply(plan, today);
    }

    /** What is planned: the cause found, the measure, its owner and due date. */
    public record Plan(String cause, String measure, ActionOwner owner, String ownerName, LocalDate dueOn) {
    }

    /**
     * Revises the cause and plan while the action is still to be carried out.
     *
     * @return whether the owner changed (the new owner is told)
     */
    public boolean revise(Plan plan, LocalDate today) {
        if (!state.isPending()) {
            throw new DomainException("servicedesk.corrective.wrongState");
        }
        boolean newOwner = plan.owner() != ownerRole;
        apply(plan, today);
        return newOwner;
    }

    /** The owner reports the measure carried out (执行). */
    public void done(String note, String by, Instant at) {
        if (!state.isPending()) {
            throw new DomainException("servicedesk.corrective.wrongState");
        }
        this.doneNote = note.strip();
        this.doneBy = by;
        this.doneAt = at;
        this.state = CorrectiveState.DONE;
    }

    /**
     * Customer service checks the effect of a measure carried out: effective finishes it; not effective reopens it,
     * to be carried out again by {@code newDueOn}.
     */
    public void checkEffect(boolean effective, String note, @Nullable LocalDate newDueOn, LocalDate today, String by,
            Instant at) {
        if (state != CorrectiveState.DONE) {
            throw new DomainException("servicedesk.corrective.notDone");
        }
        if (!effective) {
            if (newDueOn == null) {
                throw new DomainException("servicedesk.corrective.newDueNeeded");
            }
            requireNotPast(newDueOn, today);
            this.dueOn = newDueOn;
            this.reopened++;
            this.overdueAlerted = false;
        }
        this.effectNote = note.strip();
        this.checkedBy = by;
        this.checkedAt = at;
        this.state = effective ? CorrectiveState.EFFECTIVE : CorrectiveState.REOPENED;
    }

    /** Whether the due date passed while it is still to be carried out. */
    public boolean isOverdue(LocalDate today) {
        return state.isPending() && dueOn.isBefore(today);
    }

    /** Marks the overdue alert sent; {@code false} when it was sent already or the action is not overdue. */
    boolean markOverdueAlerted(LocalDate today) {
        if (overdueAlerted || !isOverdue(today)) {
            return false;
        }
        overdueAlerted = true;
        return true;
    }

    Map<String, Object> snapshot() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("state", state.name());
        fields.put("owner", ownerRole.name());
        fields.put("ownerName", ownerName);
        fields.put("dueOn", dueOn.toString());
        fields.put("reopened", reopened);
        return fields;
    }

    private void apply(Plan plan, LocalDate today) {
        requireNotPast(plan.dueOn(), today);
        this.cause = plan.cause().strip();
        this.measure = plan.measure().strip();
        this.ownerRole = plan.owner();
        this.ownerName = plan.ownerName().strip();
        if (!plan.dueOn().equals(dueOn)) {
            this.overdueAlerted = false;
        }
        this.dueOn = plan.dueOn();
    }

    private static void requireNotPast(LocalDate due, LocalDate today) {
        if (due.isBefore(today)) {
            throw new DomainException("servicedesk.corrective.dueInPast");
        }
    }

    public Long getId() {
        return id;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public long getSiteId() {
        return siteId;
    }

    public String getCause() {
        return cause;
    }

    public String getMeasure() {
        return measure;
    }

    public ActionOwner getOwnerRole() {
        return ownerRole;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public CorrectiveState getState() {
        return state;
    }

    public @Nullable String getDoneNote() {
        return doneNote;
    }

    public @Nullable String getDoneBy() {
        return doneBy;
    }

    public @Nullable Instant getDoneAt() {
        return doneAt;
    }

    public @Nullable String getEffectNote() {
        return effectNote;
    }

    public @Nullable String getCheckedBy() {
        return checkedBy;
    }

    public @Nullable Instant getCheckedAt() {
        return checkedAt;
    }

    public int getReopened() {
        return reopened;
    }

    public String getPlannedBy() {
        return plannedBy;
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

}
