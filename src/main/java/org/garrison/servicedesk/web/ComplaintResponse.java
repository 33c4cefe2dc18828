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
        var r = c.getResolution();
        var handling = internal ? new Handling(r.getFindings(), r.getResponsiblePeople(), r.getConfirmedBy(),
                r.getHandling(), r.getResponsibility() == null ? null : r.getResponsibility().name(),
                r.getCompensation(), r.getReturnVisit()) : null;
        var said = c.getStatement();
        var accepted = c.getAcceptance();
        var clock = c.getStepClock();
        return new ComplaintResponse(c.getId(), c.getNumber(), c.getSiteId(), c.getClientName(), said.getClientAddress(),
                said.getPhone(), said.getReason(), said.getDemand(), c.getCategory().name(), c.getTypeCode(),
                c.getChannel().name(), accepted.getAcceptedOn(), accepted.getAcceptedBy(), said.getRemarks(),
                c.getState().name(), clock.isOverdue(), clock.getStepDueAt(), c.getClaim().getClaimedAmount(),
                c.getClaim().getContractClause(), handling, r.getAnswer(), c.getFiledAt(), history.stream()
                    .map(e -> new Entry(e.getAt(), e.getActor(), e.getAction(), internal ? e.getNote() : null))
                    .toList());
    }

}
