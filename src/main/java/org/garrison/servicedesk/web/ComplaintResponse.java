package org.garrison.servicedesk.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.garrison.servicedesk.internal.Complaint;
import org.garrison.servicedesk.internal.ComplaintEntry;
import org.jspecify.annotations.Nullable;

/**
 * A complaint over the API, with the register form's fields. Internal handling (findings, responsible
 * people, drafted handling, compensation, history notes) is left out for client users.
 */
record ComplaintResponse(long id, String number, long siteId, String clientName, @Nullable String clientAddress,
        String phone, String reason, String demand, String category, String type, String channel,
        @Nullable LocalDate acceptedOn, @Nullable String acceptedBy, @Nullable String remarks, String state,
        boolean overdue, @Nullable Instant stepDueAt, @Nullable BigDecimal claimedAmount,
        @Nullable String contractClause, @Nullable Handling handling, @Nullable String answer, Instant filedAt,
        List<Entry> history) {

    /** What security operations and customer service decided. */
    record Handling(@Nullable String findings, @Nullable String responsiblePeople, @Nullable String confirmedBy,
            @Nullable String handling, @Nullable String responsibility, @Nullable BigDecimal compensation,
            @Nullable String returnVisit) {
    }

    record Entry(Instant at, String actor, String action, @Nullable String note) {
    }

    static ComplaintResponse of(Complaint c, List<ComplaintEntry> history, boolean internal) {
        var handling = internal ? new Handling(c.getFindings(), c.getResponsiblePeople(), c.getConfirmedBy(),
                c.getHandling(), c.getResponsibility() == null ? null : c.getResponsibility().name(),
                c.getCompensation(), c.getReturnVisit()) : null;
        return new ComplaintResponse(c.getId(), c.getNumber(), c.getSiteId(), c.getClientName(), c.getClientAddress(),
                c.getPhone(), c.getReason(), c.getDemand(), c.getCategory().name(), c.getTypeCode(),
                c.getChannel().name(), c.getAcceptedOn(), c.getAcceptedBy(), c.getRemarks(), c.getState().name(),
                c.isOverdue(), c.getStepDueAt(), c.getClaimedAmount(), c.getContractClause(), handling, c.getAnswer(),
                c.getFiledAt(), history.stream()
                    .map(e -> new Entry(e.getAt(), e.getActor(), e.getAction(), internal ? e.getNote() : null))
                    .toList());
    }

}
