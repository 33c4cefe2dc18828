package org.garrison.facilities.assets;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/** One status a plant had from a day on, with why (the first one is the status it was added with). */
@Entity
@Table(name = "fa_plant_status")
class PlantStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long plantId;

    private LocalDate onDay;

    @Enumerated(EnumType.STRING)
    private PlantStatus status;

    private @Nullable String note;

    private String recordedBy;

    protected PlantStatusChange() {
    }

    PlantStatusChange(long plantId, LocalDate onDay, PlantStatus status, @Nullable String note, String recordedBy) {
        this.plantId = plantId;
        this.onDay = onDay;
        this.status = status;
        this.note = Texts.blankToNull(note);
        this.recordedBy = recordedBy;
    }

    LocalDate getOnDay() {
        return onDay;
    }

    PlantStatus getStatus() {
        return status;
    }

    @Nullable String getNote() {
        return note;
    }

    String getRecordedBy() {
        return recordedBy;
    }

}
