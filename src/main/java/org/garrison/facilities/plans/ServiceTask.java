package org.garrison.facilities.plans;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.garrison.contracts.ServiceKind;
import org.garrison.shared.DomainException;
import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/**
 * One occurrence of a plan on its day (and slot, for several times a day): due until it is recorded done with its
 * checklist, or missed when its day has ended.
 */
@Entity
@Table(name = "fa_task")
public class ServiceTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;

    private long siteId;

    @Enumerated(EnumType.STRING)
    private ServiceKind service;

    private LocalDate dueDay;

    private int slot;

    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    private TaskState state;

    private @Nullable Long assigneeId;

    private @Nullable Instant doneAt;

    private @Nullable Long doneById;

    private @Nullable String doneByName;

    private @Nullable String checklistResult;

    private @Nullable String notes;

    private @Nullable String clientId;

    protected ServiceTask() {
    }

    ServiceTask(ServicePlan plan, LocalDate dueDay, int slot, Instant dueAt) {
        this.planId = plan.getId();
        this.siteId = plan.getSiteId();
        this.service = plan.getService();
        this.dueDay = dueDay;
        this.slot = slot;
        this.dueAt = dueAt;
        this.assigneeId = plan.getAssigneeId();
        this.state = TaskState.DUE;
    }

    /**
     * Records the task done. A missed task may still be recorded late (it counts as done late, on its own day).
     *
     * @param checklistResult one line per checklist item, {@code ✓ item} or {@code ✗ item}
     * @throws DomainException when it was recorded done already
     */
    void done(long userId, String userName, Instant at, String checklistResult, @Nullable String notes,
            @Nullable String clientId) {
        if (state == TaskState.DONE) {
            throw new DomainException("facilities.task.alreadyDone");
        }
        this.state = TaskState.DONE;
        this.doneById = userId;
        this.doneByName = userName;
        this.doneAt = at;
        this.checklistResult = checklistResult;
        this.notes = Texts.blankToNull(notes);
        this.clientId = clientId;
    }

    void missed() {
        if (state == TaskState.DUE) {
            this.state = TaskState.MISSED;
        }
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public long getSiteId() {
        return siteId;
    }

    public ServiceKind getService() {
        return service;
    }

    public LocalDate getDueDay() {
        return dueDay;
    }

    public int getSlot() {
        return slot;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public TaskState getState() {
        return state;
    }

    public @Nullable Long getAssigneeId() {
        return assigneeId;
    }

    public @Nullable Instant getDoneAt() {
        return doneAt;
    }

    public @Nullable String getDoneByName() {
        return doneByName;
    }

    public @Nullable String getChecklistResult() {
        return checklistResult;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public @Nullable String getClientId() {
        return clientId;
    }

}
