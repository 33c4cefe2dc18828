package org.garrison.facilities.workorders;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.contracts.ServiceKind;
import org.garrison.shared.DomainException;
import org.garrison.shared.Texts;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A work order (工单): a client's request, a fault, an inspection finding, a hazard or a patrol anomaly, with its
 * service, SLA category and priority, moved new → assigned → responded → on site → done → confirmed by the client (or
 * automatically after some days) → closed; reopened to assigned when the client disagrees. An electrical repair may
 * be held for an exception with a reason (the clock is held meanwhile). Each move refuses an illegal state with a
 * domain exception.
 */
@Entity
@Table(name = "fa_work_order")
@DynamicUpdate
public class WorkOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;

    private long siteId;

    private @Nullable Long clientId;

    @Enumerated(EnumType.STRING)
    private ServiceKind service;

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    private Source source;

    private @Nullable String sourceRef;

    private String place;

    private String description;

    @Enumerated(EnumType.STRING)
    private WorkOrderState state;

    private String clockRef;

    private @Nullable Instant responseDueAt;

    private @Nullable Instant resolutionDueAt;

    private boolean overdue;

    private boolean paused;

    private @Nullable String pauseReason;

    private @Nullable Long assigneeId;

    private @Nullable String assigneeName;

    private @Nullable Long reportedById;

    private String reportedByName;

    private Instant createdAt;

    private @Nullable Instant respondedAt;

    private @Nullable Instant onSiteAt;

    private @Nullable Instant doneAt;

    private @Nullable Instant confirmedAt;

    private @Nullable String confirmedBy;

    private @Nullable Instant closedAt;

    private int reopenCount;

    @Version
    private long version;

    protected WorkOrder() {
    }

    WorkOrder(String number, long siteId, @Nullable Long clientId, Category category, Priority priority, Source source,
            @Nullable String sourceRef, String place, String description, @Nullable Long reportedById, String reportedByName,
            Instant createdAt) {
        this.number = number;
        this.siteId = siteId;
        this.clientId = clientId;
        this.service = category.service();
        this.category = category;
        this.priority = priority;
        this.source = source;
        this.sourceRef = Texts.blankToNull(sourceRef);
        this.place = place.strip();
        this.description = description.strip();
        this.state = WorkOrderState.NEW;
        this.clockRef = number;
        this.reportedById = reportedById;
        this.reportedByName = reportedByName;
        this.createdAt = createdAt;
    }

    /** Gives the work order to someone (again), until it is done. */
    void assign(long userId, String userName) {
        require(EnumSet.of(WorkOrderState.NEW, WorkOrderState.ASSIGNED, WorkOrderState.RESPONDED, WorkOrderState.ON_SITE));
        this.assigneeId = userId;
        this.assigneeName = userName;
        if (state == WorkOrderState.NEW) {
            state = WorkOrderState.ASSIGNED;
        }
    }

    /** The assignee answers (接单): the response target is met now. */
    void respond(Instant at) {
        require(EnumSet.of(WorkOrderState.ASSIGNED));
        this.state = WorkOrderState.RESPONDED;
        if (respondedAt == null) {
            this.respondedAt = at;
        }
    }

    /** The assignee is on site; arriving without answering first answers too. */
    void arrive(Instant at) {
        require(EnumSet.of(WorkOrderState.ASSIGNED, WorkOrderState.RESPONDED));
        if (respondedAt == null) {
            this.respondedAt = at;
        }
        this.onSiteAt = at;
        this.state = WorkOrderState.ON_SITE;
    }

    /** The work is done (its service record is written with it); a held clock runs no more. */
    void complete(Instant at) {
        require(EnumSet.of(WorkOrderState.RESPONDED, WorkOrderState.ON_SITE));
        if (respondedAt == null) {
            this.respondedAt = at;
        }
        this.doneAt = at;
        this.paused = false;
        this.state = WorkOrderState.DONE;
    }

    /** The client (or a manager, or the automatic confirmation) accepts the work. */
    void confirm(String by, Instant at) {
        require(EnumSet.of(WorkOrderState.DONE));
        this.confirmedBy = by;
        this.confirmedAt = at;
        this.state = WorkOrderState.CONFIRMED;
    }

    /** The client disagrees: back to the assignee, under a new clock ({@code clockRef}). */
    void reopen(String newClockRef) {
        require(EnumSet.of(WorkOrderState.DONE, WorkOrderState.CONFIRMED));
        this.reopenCount++;
        this.clockRef = newClockRef;
        this.state = assigneeId == null ? WorkOrderState.NEW : WorkOrderState.ASSIGNED;
        this.respondedAt = null;
        this.onSiteAt = null;
        this.doneAt = null;
        this.confirmedAt = null;
        this.confirmedBy = null;
        this.overdue = false;
    }

    void close(Instant at) {
        require(EnumSet.of(WorkOrderState.CONFIRMED));
        this.closedAt = at;
        this.state = WorkOrderState.CLOSED;
    }

    /** Holds an electrical repair for an exception (特殊情况) with its reason. */
    void holdForException(String reason) {
        if (!category.allowsException()) {
            throw new DomainException("facilities.workOrder.exceptionNotAllowed");
        }
        require(EnumSet.of(WorkOrderState.RESPONDED, WorkOrderState.ON_SITE));
        if (paused) {
            throw new DomainException("facilities.workOrder.alreadyHeld");
        }
        if (Texts.blankToNull(reason) == null) {
            throw new DomainException("facilities.workOrder.exceptionNeedsReason");
        }
        this.paused = true;
        this.pauseReason = reason.strip();
    }

    void resume() {
        if (!paused) {
            throw new DomainException("facilities.workOrder.notHeld");
        }
        this.paused = false;
    }

    void clockDue(@Nullable Instant responseDueAt, @Nullable Instant resolutionDueAt) {
        this.responseDueAt = responseDueAt;
        this.resolutionDueAt = resolutionDueAt;
    }

    private void require(Set<WorkOrderState> allowed) {
        if (!allowed.contains(state)) {
            throw new DomainException("facilities.workOrder.illegalMove", "#" + state.messageKey());
        }
    }

    public Map<String, Object> snapshot() {
        return Map.of("state", state.name(), "category", category.name(), "priority", priority.name(), "assignee",
                assigneeName == null ? "" : assigneeName, "paused", paused);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public long getSiteId() {
        return siteId;
    }

    public @Nullable Long getClientId() {
        return clientId;
    }

    public ServiceKind getService() {
        return service;
    }

    public Category getCategory() {
        return category;
    }

    public Priority getPriority() {
        return priority;
    }

    public Source getSource() {
        return source;
    }

    public @Nullable String getSourceRef() {
        return sourceRef;
    }

    public String getPlace() {
        return place;
    }

    public String getDescription() {
        return description;
    }

    public WorkOrderState getState() {
        return state;
    }

    public String getClockRef() {
        return clockRef;
    }

    public @Nullable Instant getResponseDueAt() {
        return responseDueAt;
    }

    public @Nullable Instant getResolutionDueAt() {
        return resolutionDueAt;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public boolean isPaused() {
        return paused;
    }

    public @Nullable String getPauseReason() {
        return pauseReason;
    }

    public @Nullable Long getAssigneeId() {
        return assigneeId;
    }

    public @Nullable String getAssigneeName() {
        return assigneeName;
    }

    public @Nullable Long getReportedById() {
        return reportedById;
    }

    public String getReportedByName() {
        return reportedByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getRespondedAt() {
        return respondedAt;
    }

    public @Nullable Instant getOnSiteAt() {
        return onSiteAt;
    }

    public @Nullable Instant getDoneAt() {
        return doneAt;
    }

    public @Nullable Instant getConfirmedAt() {
        return confirmedAt;
    }

    public @Nullable String getConfirmedBy() {
        return confirmedBy;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public int getReopenCount() {
        return reopenCount;
    }

}
