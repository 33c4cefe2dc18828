package org.garrison.siteops.preparedness;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.garrison.shared.Texts;
import org.garrison.siteops.inspections.Checklist;
import org.jspecify.annotations.Nullable;

/** An emergency drill (演练) at a site: planned for a day, then held with participants, a summary and improvement items. */
@Entity
@Table(name = "so_drill")
public class Drill {

    /** Whether the drill has been held. */
    public enum Status {
        PLANNED, HELD;

        public String messageKey() {
            return "siteops.drill.status." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    private String title;

    private LocalDate plannedOn;

    private @Nullable LocalDate heldOn;

    private @Nullable String participants;

    private @Nullable String summary;

    private @Nullable String improvements;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Version
    private long version;

    protected Drill() {
    }

    Drill(long siteId, String title, LocalDate plannedOn) {
        this.siteId = siteId;
        this.title = title.strip();
        this.plannedOn = plannedOn;
        this.status = Status.PLANNED;
    }

    /** Records the drill as held; it cannot be held in the future, and needs participants and a summary. */
    void hold(LocalDate day, LocalDate today, String who, String what, @Nullable String toImprove) {
        if (status == Status.HELD) {
            throw new DomainException("siteops.drill.alreadyHeld", title);
        }
        if (day.isAfter(today)) {
            throw new DomainException("siteops.drill.heldInFuture");
        }
        if (Texts.blankToNull(who) == null || Texts.blankToNull(what) == null) {
            throw new DomainException("siteops.drill.summaryRequired");
        }
        this.heldOn = day;
        this.participants = who.strip();
        this.summary = what.strip();
        this.improvements = Texts.blankToNull(toImprove);
        this.status = Status.HELD;
    }

    /** The improvement items, one per line. */
    public List<String> improvementItems() {
        return improvements == null ? List.of() : Checklist.parse(improvements);
    }

    public Long getId() {
        return id;
    }

    public long getSiteId() {
        return siteId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public @Nullable LocalDate getHeldOn() {
        return heldOn;
    }

    public @Nullable String getParticipants() {
        return participants;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public Status getStatus() {
        return status;
    }

}
