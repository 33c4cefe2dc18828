package org.garrison.contracts.internal;

import java.time.Instant;
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

/** A start-up task signing opened for one department at one site: staff the posts, train the team, equip the site. */
@Entity
@Table(name = "con_startup_task")
public class StartUpTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long contractId;

    @Enumerated(EnumType.STRING)
    private Department department;

    private long siteId;

    private String details;

    private LocalDate due;

    private @Nullable Instant doneAt;

    private @Nullable String doneBy;

    @Version
    private long version;

    protected StartUpTask() {
    }

    StartUpTask(long contractId, Department department, long siteId, String details, LocalDate due) {
        this.contractId = contractId;
        this.department = department;
        this.siteId = siteId;
        this.details = details;
        this.due = due;
    }

    void done(String by, Instant at) {
        if (doneAt != null) {
            throw new DomainException("task.alreadyDone");
        }
        doneBy = by;
        doneAt = at;
    }

    public boolean isOverdue(LocalDate today) {
        return doneAt == null && today.isAfter(due);
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("contractId", contractId);
        map.put("department", department);
        map.put("siteId", siteId);
        map.put("due", due);
        map.put("doneBy", doneBy);
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getContractId() {
        return contractId;
    }

    public Department getDepartment() {
        return department;
    }

    public long getSiteId() {
        return siteId;
    }

    public String getDetails() {
        return details;
    }

    public LocalDate getDue() {
        return due;
    }

    public @Nullable Instant getDoneAt() {
        return doneAt;
    }

    public @Nullable String getDoneBy() {
        return doneBy;
    }

}
