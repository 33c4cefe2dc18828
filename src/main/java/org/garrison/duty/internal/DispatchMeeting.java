package org.garrison.duty.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/** The minutes of a dispatch meeting (保安部调度会, 一会 of seed 002) of the whole department or of one branch. */
@Entity
@Table(name = "du_meeting")
public class DispatchMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private @Nullable Long branchId;

    private LocalDate heldOn;

    private String chair;

    private String attendees;

    private String agenda;

    private @Nullable String decisions;

    private String recordedBy;

    protected DispatchMeeting() {
    }

    DispatchMeeting(@Nullable Long branchId, LocalDate heldOn, String chair, String attendees, String agenda, @Nullable String decisions,
            String recordedBy) {
        this.branchId = branchId;
        this.heldOn = heldOn;
        this.chair = chair.strip();
        this.attendees = attendees.strip();
        this.agenda = agenda.strip();
        this.decisions = Texts.blankToNull(decisions);
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    /** The branch whose meeting this is; {@code null} for the whole department's. */
    public @Nullable Long getBranchId() {
        return branchId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getChair() {
        return chair;
    }

    public String getAttendees() {
        return attendees;
    }

    public String getAgenda() {
        return agenda;
    }

    public @Nullable String getDecisions() {
        return decisions;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

}
