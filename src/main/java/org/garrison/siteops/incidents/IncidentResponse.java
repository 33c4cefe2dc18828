package org.garrison.siteops.incidents;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.garrison.siteops.incidents.Views.IncidentCard;
import org.garrison.siteops.incidents.Views.IncidentRow;
import org.garrison.siteops.incidents.Views.TimelineEntry;
import org.jspecify.annotations.Nullable;

/**
 * An incident as API callers see it: when it happened ({@code occurredAt}, 发生时间) and when it was reported; the
 * completion fields and timeline are empty in lists.
 */
record IncidentResponse(long id, String number, long siteId, String siteName, String type, String severity,
        String place, String summary, Instant occurredAt, Instant reportedAt, String reporterName, String status, boolean cancelsBonus,
        @Nullable Boolean policeCalled, @Nullable String policeCaseNumber, @Nullable BigDecimal lossAmount,
        @Nullable String review, List<TimelineEntry> timeline) {

    static IncidentResponse of(IncidentRow row) {
        return new IncidentResponse(row.id(), row.number(), row.siteId(), row.siteName(), row.type().name(),
                row.severity().name(), row.place(), row.summary(), row.occurredAt(), row.reportedAt(), row.reporterName(),
                row.status().name(), row.cancelsBonus(), null, null, null, null, List.of());
    }

    static IncidentResponse of(IncidentCard card) {
        var row = card.row();
        return new IncidentResponse(row.id(), row.number(), row.siteId(), row.siteName(), row.type().name(),
                row.severity().name(), row.place(), row.summary(), row.occurredAt(), row.reportedAt(), row.reporterName(),
                row.status().name(), row.cancelsBonus(), card.policeCalled(), card.policeCaseNumber(),
                card.lossAmount(), card.review(), card.timeline());
    }

}
