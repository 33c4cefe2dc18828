package org.garrison.facilities.assets;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/** A look at a monitoring point on a day: whether pests were active there (bait eaten, insects caught) and what was seen. */
@Entity
@Table(name = "fa_pest_inspection")
class PestInspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long pointId;

    private long siteId;

    private LocalDate onDay;

    private boolean activity;

    private @Nullable String note;

    private String recordedBy;

    private Instant recordedAt;

    protected PestInspection() {
    }

    PestInspection(PestPoint point, LocalDate onDay, boolean activity, @Nullable String note, String recordedBy,
            Instant recordedAt) {
        this.pointId = point.getId();
        this.siteId = point.getSiteId();
        this.onDay = onDay;
        this.activity = activity;
        this.note = Texts.blankToNull(note);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    Long getId() {
        return id;
    }

    long getPointId() {
        return pointId;
    }

    long getSiteId() {
        return siteId;
    }

    LocalDate getOnDay() {
        return onDay;
    }

    boolean isActivity() {
        return activity;
    }

    @Nullable String getNote() {
        return note;
    }

    String getRecordedBy() {
        return recordedBy;
    }

}
