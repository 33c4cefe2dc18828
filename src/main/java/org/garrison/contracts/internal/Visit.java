package org.garrison.contracts.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A client visit (客户拜访): planned (purpose, whom, when), then its record card (拜访客户记录卡: when,
 * whom met, what was discussed, the client's opinions), then its report (拜访报告).
 */
@Entity
@Table(name = "con_visit")
public class Visit {

    /** Where a visit stands. */
    public enum Status {
        PLANNED, RECORDED, REPORTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long clientId;

    private String purpose;

    private String visitee;

    private LocalDate plannedOn;

    private String plannedBy;

    @Enumerated(EnumType.STRING)
    private Status status;

    private @Nullable LocalDate visitedOn;

    private @Nullable String peopleMet;

    private @Nullable String discussed;

    private @Nullable String opinions;

    private @Nullable String report;

    @Version
    private long version;

    protected Visit() {
    }

    Visit(long clientId, String purpose, String visitee, LocalDate plannedOn, String plannedBy) {
        this.clientId = clientId;
        this.purpose = purpose.strip();
        this.visitee = visitee.strip();
        this.plannedOn = plannedOn;
        this.plannedBy = plannedBy;
        this.status = Status.PLANNED;
    }

    /** Fills in the record card of a planned visit; a visit cannot be recorded before it happened. */
    void record(LocalDate visitedOn, String peopleMet, String discussed, String opinions, LocalDate today) {
        if (status != Status.PLANNED) {
            throw new DomainException("visit.alreadyRecorded");
        }
        if (visitedOn.isAfter(today)) {
            throw new DomainException("visit.inFuture");
        }
        this.visitedOn = visitedOn;
        this.peopleMet = peopleMet.strip();
        this.discussed = discussed.strip();
        this.opinions = opinions.strip();
        this.status = Status.RECORDED;
    }

    /** Writes the report of a recorded visit. */
    void report(String text) {
        if (status != Status.RECORDED) {
            throw new DomainException("visit.notRecorded");
        }
        this.report = text.strip();
        this.status = Status.REPORTED;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("clientId", clientId);
        map.put("purpose", purpose);
        map.put("visitee", visitee);
        map.put("plannedOn", plannedOn);
        map.put("status", status);
        map.put("visitedOn", visitedOn);
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getVisitee() {
        return visitee;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public String getPlannedBy() {
        return plannedBy;
    }

    public Status getStatus() {
        return status;
    }

    public @Nullable LocalDate getVisitedOn() {
        return visitedOn;
    }

    public @Nullable String getPeopleMet() {
        return peopleMet;
    }

    public @Nullable String getDiscussed() {
        return discussed;
    }

    public @Nullable String getOpinions() {
        return opinions;
    }

    public @Nullable String getReport() {
        return report;
    }

}
