package org.garrison.duty.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** What a dispatch meeting decided someone must do by a day, tracked until it is done. */
@Entity
@Table(name = "du_action_item")
public class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;

    private String description;

    private String owner;

    private LocalDate due;

    private @Nullable Instant doneAt;

    private @Nullable String doneBy;

    protected ActionItem() {
    }

    ActionItem(long meetingId, String description, String owner, LocalDate due) {
        this.meetingId = meetingId;
        this.description = description.strip();
        this.owner = owner.strip();
        this.due = due;
    }

    void done(String by, Instant at) {
        if (doneAt != null) {
            throw new DomainException("duty.meeting.itemAlreadyDone");
        }
        this.doneAt = at;
        this.doneBy = by;
    }

    /** Whether the item is not done after its due day. */
    public boolean isOverdue(LocalDate today) {
        return doneAt == null && today.isAfter(due);
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
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
