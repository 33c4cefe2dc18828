package org.garrison.siteops.inspections;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;

/** A checklist inspected at a site every so many days (e.g. weekly); the next due day moves on with each inspection. */
@Entity
@Table(name = "so_inspection_schedule")
public class InspectionSchedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    private long checklistId;

    private int everyDays;

    private LocalDate nextDue;

    @Version
    private long version;

    protected InspectionSchedule() {
    }

    InspectionSchedule(long siteId, long checklistId, int everyDays, LocalDate firstDue) {
        if (everyDays < 1 || everyDays > 366) {
            throw new DomainException("siteops.schedule.everyDaysInvalid");
        }
        this.siteId = siteId;
        this.checklistId = checklistId;
        this.everyDays = everyDays;
        this.nextDue = firstDue;
    }

    /** An inspection was done on {@code day}: the next one is due a period after it. */
    void inspected(LocalDate day) {
        this.nextDue = day.plusDays(everyDays);
    }

    public boolean isDue(LocalDate today) {
        return !nextDue.isAfter(today);
    }

    public Long getId() {
        return id;
    }

    public long getSiteId() {
        return siteId;
    }

    public long getChecklistId() {
        return checklistId;
    }

    public int getEveryDays() {
        return everyDays;
    }

    public LocalDate getNextDue() {
        return nextDue;
    }

}
