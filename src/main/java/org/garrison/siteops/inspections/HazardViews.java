package org.garrison.siteops.inspections;

import java.time.Instant;
import java.time.LocalDate;

import org.garrison.siteops.internal.Severity;
import org.jspecify.annotations.Nullable;

/** Hazards and inspections as pages and the API show them. */
public final class HazardViews {

    private HazardViews() {
    }

    /** A hazard with where it stands. */
    public record HazardRow(long id, long siteId, String siteName, String title, String description, Severity severity,
            @Nullable String ownerName, LocalDate deadline, Hazard.Status status, boolean overdue, Instant reportedAt,
            String reportedBy, @Nullable Long inspectionId, @Nullable String rectification, @Nullable String rectifiedBy,
            @Nullable Instant rectifiedAt, @Nullable String verifiedBy, @Nullable Instant verifiedAt,
            @Nullable String verification) {

        static HazardRow of(Hazard h, String siteName, LocalDate today) {
            return new HazardRow(h.getId(), h.getSiteId(), siteName, h.getTitle(), h.getDescription(), h.getSeverity(),
                    h.getOwnerName(), h.getDeadline(), h.getStatus(), h.isOverdue(today), h.getReportedAt(),
                    h.getReportedBy(), h.getInspectionId(), h.getRectification(), h.getRectifiedBy(), h.getRectifiedAt(),
                    h.getVerifiedBy(), h.getVerifiedAt(), h.getVerification());
        }

    }

    /** What a hazard list is narrowed to; {@code null} fields do not narrow. */
    public record HazardFilter(@Nullable Long siteId, Hazard.@Nullable Status status, @Nullable Severity severity,
            boolean overdueOnly) {

    }

    /** The hazards of one site by where they stand. */
    public record SiteHazardStatistics(long siteId, String siteName, long open, long overdue, long rectified, long closed) {
    }

    /** An inspection in a list. */
    public record InspectionRow(long id, long siteId, String siteName, String checklistName, Instant inspectedAt,
            String inspectorName, int failedCount) {

        static InspectionRow of(Inspection i, String siteName) {
            return new InspectionRow(i.getId(), i.getSiteId(), siteName, i.getChecklistName(), i.getInspectedAt(),
                    i.getInspectorName(), i.getFailedCount());
        }

    }

    /** A schedule with whether it is due. */
    public record ScheduleRow(long id, long siteId, String siteName, long checklistId, String checklistName,
            int everyDays, LocalDate nextDue, boolean due) {
    }

}
