package org.garrison.facilities.assets;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.garrison.shared.DomainException;
import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/** A garbage-sorting spot check (垃圾分类抽查): how many bins were looked at on a day and how many were sorted right. */
@Entity
@Table(name = "fa_sorting_check")
class SortingCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    private LocalDate onDay;

    private int binsChecked;

    private int binsCorrect;

    private @Nullable String note;

    private String checkedBy;

    protected SortingCheck() {
    }

    SortingCheck(long siteId, LocalDate onDay, int binsChecked, int binsCorrect, @Nullable String note, String checkedBy) {
        if (binsChecked < 1 || binsCorrect < 0) {
            throw new DomainException("facilities.assets.sorting.noBins");
        }
        if (binsCorrect > binsChecked) {
            throw new DomainException("facilities.assets.sorting.correctOverChecked", binsCorrect, binsChecked);
        }
        this.siteId = siteId;
        this.onDay = onDay;
        this.binsChecked = binsChecked;
        this.binsCorrect = binsCorrect;
        this.note = Texts.blankToNull(note);
        this.checkedBy = checkedBy;
    }

    Long getId() {
        return id;
    }

    long getSiteId() {
        return siteId;
    }

    LocalDate getOnDay() {
        return onDay;
    }

    int getBinsChecked() {
        return binsChecked;
    }

    int getBinsCorrect() {
        return binsCorrect;
    }

    @Nullable String getNote() {
        return note;
    }

    String getCheckedBy() {
        return checkedBy;
    }

}
