package org.garrison.facilities.assets;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.garrison.shared.DomainException;
import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A count (盘点) of a site's plants on a day: how many are under care, how many of them alive (diseased ones
 * included) and how many diseased or dead. Alive and dead add up to those under care.
 */
@Entity
@Table(name = "fa_plant_count")
class PlantCount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    private LocalDate onDay;

    private int underCare;

    private int alive;

    private int diseased;

    private int dead;

    private @Nullable String note;

    private String countedBy;

    private Instant countedAt;

    protected PlantCount() {
    }

    PlantCount(long siteId, LocalDate onDay, int alive, int diseased, int dead, @Nullable String note, String countedBy,
            Instant countedAt) {
        if (alive < 0 || diseased < 0 || dead < 0) {
            throw new DomainException("facilities.assets.count.negative");
        }
        if (diseased > alive) {
            throw new DomainException("facilities.assets.count.diseasedOverAlive", diseased, alive);
        }
        if (alive + dead == 0) {
            throw new DomainException("facilities.assets.count.empty");
        }
        this.siteId = siteId;
        this.onDay = onDay;
        this.underCare = alive + dead;
        this.alive = alive;
        this.diseased = diseased;
        this.dead = dead;
        this.note = Texts.blankToNull(note);
        this.countedBy = countedBy;
        this.countedAt = countedAt;
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

    int getUnderCare() {
        return underCare;
    }

    int getAlive() {
        return alive;
    }

    int getDiseased() {
        return diseased;
    }

    int getDead() {
        return dead;
    }

    @Nullable String getNote() {
        return note;
    }

    String getCountedBy() {
        return countedBy;
    }

}
