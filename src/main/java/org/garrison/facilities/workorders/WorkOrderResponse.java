package org.garrison.facilities.workorders;

import java.time.Instant;

import org.garrison.contracts.ServiceKind;
import org.jspecify.annotations.Nullable;

/** A work order as the API answers it. */
record WorkOrderResponse(long id, String number, long siteId, String siteName, ServiceKind service, Category category,
        Priority priority, Source source, @Nullable String sourceRef, String place, String description, WorkOrderState state,
        boolean overdue, boolean held, @Nullable String exceptionReason, @Nullable Long assigneeId, @Nullable String assigneeName,
        String reportedBy, Instant createdAt, @Nullable Instant responseDueAt, @Nullable Instant resolutionDueAt,
        @Nullable Instant respondedAt, @Nullable Instant onSiteAt, @Nullable Instant doneAt, @Nullable Instant confirmedAt,
        @Nullable String confirmedBy, @Nullable Instant closedAt, int reopenCount) {

    static WorkOrderResponse of(WorkOrder o, String siteName, boolean late) {
        return new WorkOrderResponse(o.getId(), o.getNumber(), o.getSiteId(), siteName, o.getService(), o.getCategory(),
                o.getPriority(), o.getSource(), o.getSourceRef(), o.getPlace(), o.getDescription(), o.getState(), late,
                o.isPaused(), o.getPauseReason(), o.getAssigneeId(), o.getAssigneeName(), o.getReportedByName(), o.getCreatedAt(),
                o.getResponseDueAt(), o.getResolutionDueAt(), o.getRespondedAt(), o.getOnSiteAt(), o.getDoneAt(),
                o.getConfirmedAt(), o.getConfirmedBy(), o.getClosedAt(), o.getReopenCount());
    }

}
