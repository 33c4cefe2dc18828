package org.garrison.servicedesk.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One line of a complaint's history: who did what when, with the note they wrote. */
@Entity
@Table(name = "sd_complaint_entry")
public class ComplaintEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long complaintId;

    private Instant at;

    private String actor;

    private String action;

    private @Nullable String note;

    protected ComplaintEntry() {
    }

    public ComplaintEntry(long complaintId, Instant at, String actor, String action, @Nullable String note) {
        this.complaintId = complaintId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.note = note;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public @Nullable String getNote() {
        return note;
    }

}
