package org.garrison.siteops.incidents;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of an incident's timeline: what was done, when and by whom. */
@Entity
@Table(name = "so_incident_action")
public class IncidentAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long incidentId;

    private Instant takenAt;

    private String actorName;

    private String note;

    protected IncidentAction() {
    }

    IncidentAction(long incidentId, Instant takenAt, String actorName, String note) {
        this.incidentId = incidentId;
        this.takenAt = takenAt;
        this.actorName = actorName;
        this.note = note.strip();
    }

    public Long getId() {
        return id;
    }

    public long getIncidentId() {
        return incidentId;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public String getActorName() {
        return actorName;
    }

    public String getNote() {
        return note;
    }

}
