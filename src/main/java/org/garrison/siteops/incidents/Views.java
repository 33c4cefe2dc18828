package org.garrison.siteops.incidents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.internal.Severity;
import org.jspecify.annotations.Nullable;

/** What the module's pages and API show: rows and cards built from its records, with site names. */
public final class Views {

    private Views() {
    }

    /** An incident in a list. */
    public record IncidentRow(long id, String number, long siteId, String siteName, IncidentType type, Severity severity,
            String place, String summary, Instant occurredAt, Instant reportedAt, String reporterName,
            IncidentStatus status, boolean cancelsBonus) {

        static IncidentRow of(Incident incident, String siteName) {
            return new IncidentRow(incident.getId(), incident.getIncidentNumber(), incident.getSiteId(), siteName,
                    incident.getIncidentType(), incident.getSeverity(), incident.getPlace(), incident.getSummary(),
                    incident.getOccurredAt(), incident.getReportedAt(), incident.getReporterName(), incident.getStatus(),
                    incident.cancelsBonus());
        }

    }

    /** An incident with its completion and timeline. */
    public record IncidentCard(IncidentRow row, boolean securityAccident, @Nullable String peopleInvolved,
            boolean policeCalled, @Nullable String policeCaseNumber, @Nullable BigDecimal lossAmount,
            @Nullable String lossDescription, @Nullable String review, @Nullable Instant closedAt,
            List<TimelineEntry> timeline) {

        public boolean isOpen() {
            return row.status() == IncidentStatus.OPEN;
        }

    }

    /** One action in an incident's timeline. */
    public record TimelineEntry(Instant at, String actorName, String note) {
    }

    /** An incident as its client sees it in a list: no reporter, no appraisal consequence. */
    public record ClientIncidentRow(long id, String number, String siteName, IncidentType type, Severity severity,
            String place, Instant occurredAt, IncidentStatus status) {

        static ClientIncidentRow of(Incident incident, String siteName) {
            return new ClientIncidentRow(incident.getId(), incident.getIncidentNumber(), siteName,
                    incident.getIncidentType(), incident.getSeverity(), incident.getPlace(), incident.getOccurredAt(),
                    incident.getStatus());
        }

    }

    /**
     * An incident as its client sees it: what happened, when, where, how severe, whether the police came, and
     * the follow-up actions with their time; never the people involved, losses, case number, the internal
     * review or who in the company did what.
     */
    public record ClientIncidentCard(ClientIncidentRow row, String summary, boolean policeCalled,
            @Nullable Instant closedAt, List<ClientAction> actions) {
    }

    /** One follow-up action as the client sees it. */
    public record ClientAction(Instant at, String note) {
    }

    /** What an incident list is narrowed to; {@code null} fields do not narrow. */
    public record IncidentFilter(@Nullable Long siteId, @Nullable IncidentType type, @Nullable IncidentStatus status,
            @Nullable LocalDate from, @Nullable LocalDate to) {

    }

}
