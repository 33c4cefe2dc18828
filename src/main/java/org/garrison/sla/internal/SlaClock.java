package org.garrison.sla.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.garrison.sla.SlaState;
import org.garrison.sla.SlaTarget;
import org.jspecify.annotations.Nullable;

/**
 * The SLA clock of one item: its deadlines, held time and which warnings and breaches have fired.
 * Deadlines count working time on the policy's calendar from the start, pushed back by the working time
 * spent paused. {@code nextDueAt} is the earliest warning or breach still to fire, so a sweep finds due
 * clocks by one indexed column; each warning and breach fires once.
 */
@Entity
@Table(name = "sla_clock")
public class SlaClock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String itemType;

    private String itemRef;

    private String category;

    private @Nullable Long siteId;

    private long policyId;

    @Enumerated(EnumType.STRING)
    private SlaState state = SlaState.RUNNING;

    private Instant startedAt;

    private long responseSeconds;

    private long resolutionSeconds;

    private int warningPercent;

    private long heldSeconds;

    private @Nullable Instant pausedAt;

    private @Nullable Instant respondedAt;

    private @Nullable Instant resolvedAt;

    private Instant responseWarnAt;

    private Instant responseDueAt;

    private Instant resolutionWarnAt;

    private Instant resolutionDueAt;

    private boolean responseWarned;

    private boolean responseBreached;

    private boolean resolutionWarned;

    private boolean resolutionBreached;

    private int escalationLevel;

    private @Nullable Instant nextDueAt;

    @Version
    private long version;

    protected SlaClock() {
    }

    public SlaClock(String itemType, String itemRef, String category, @Nullable Long siteId, Instant startedAt,
            SlaTerms terms) {
        this.itemType = itemType;
        this.itemRef = itemRef;
        this.category = category;
        this.siteId = siteId;
        this.startedAt = startedAt;
        apply(terms);
    }

    /** Records the first response; later calls keep the first. Refused once resolved. */
    public void respond(Instant at) {
        refuseIfResolved();
        if (respondedAt == null) {
            respondedAt = at;
            schedule();
        }
    }

    /** Stops the clock for good; a resolution is also a response. Ends a pause first. */
    public void resolve(Instant at, BusinessCalendar calendar) {
        refuseIfResolved();
        if (state == SlaState.PAUSED) {
            endPause(at, calendar);
            apply(termsWith(calendar));
        }
        if (respondedAt == null) {
            respondedAt = at;
        }
        resolvedAt = at;
        state = SlaState.RESOLVED;
        nextDueAt = null;
    }

    /** Holds the clock (e.g. waiting for the client); nothing fires while held. */
    public void pause(Instant at) {
        if (state != SlaState.RUNNING) {
            throw new DomainException("sla.clock.notRunning", itemType, itemRef);
        }
        state = SlaState.PAUSED;
        pausedAt = at;
        nextDueAt = null;
    }

    /** Restarts a held clock; the working time held is added up and pushes every open deadline back. */
    public void resume(Instant at, BusinessCalendar calendar) {
        if (state != SlaState.PAUSED) {
            throw new DomainException("sla.clock.notPaused", itemType, itemRef);
        }
        endPause(at, calendar);
        state = SlaState.RUNNING;
        apply(termsWith(calendar));
    }

    /**
     * Moves the item to another category: deadlines are recomputed from the start with the new targets
     * (plus the time held). Warnings and breaches that already fired do not fire again.
     */
    public void reprioritise(String newCategory, SlaTerms terms) {
        refuseIfResolved();
        category = newCategory;
        apply(terms);
    }

    /** Marks and returns the warnings and breaches due at {@code now}; each fires once. */
    public List<Firing> fire(Instant now) {
        var fired = new ArrayList<Firing>();
        if (state != SlaState.RUNNING) {
            nextDueAt = null;
            return fired;
        }
        if (respondedAt == null) {
            if (!responseBreached && !responseDueAt.isAfter(now)) {
                responseBreached = true;
                responseWarned = true;
                fired.add(new Firing(SlaTarget.RESPONSE, true, responseDueAt, ++escalationLevel));
            }
            else if (!responseWarned && !responseWarnAt.isAfter(now)) {
                responseWarned = true;
                fired.add(new Firing(SlaTarget.RESPONSE, false, responseDueAt, escalationLevel));
            }
        }
        if (!resolutionBreached && !resolutionDueAt.isAfter(now)) {
            resolutionBreached = true;
            resolutionWarned = true;
            fired.add(new Firing(SlaTarget.RESOLUTION, true, resolutionDueAt, ++escalationLevel));
        }
        else if (!resolutionWarned && !resolutionWarnAt.isAfter(now)) {
            resolutionWarned = true;
            fired.add(new Firing(SlaTarget.RESOLUTION, false, resolutionDueAt, escalationLevel));
        }
        schedule();
        return fired;
    }

    private void apply(SlaTerms terms) {
        policyId = terms.policyId();
        responseSeconds = terms.response().toSeconds();
        resolutionSeconds = terms.resolution().toSeconds();
        warningPercent = terms.warningPercent();
        var calendar = terms.calendar();
        var held = Duration.ofSeconds(heldSeconds);
        responseWarnAt = calendar.plus(startedAt, share(responseSeconds).plus(held));
        responseDueAt = calendar.plus(startedAt, Duration.ofSeconds(responseSeconds).plus(held));
        resolutionWarnAt = calendar.plus(startedAt, share(resolutionSeconds).plus(held));
        resolutionDueAt = calendar.plus(startedAt, Duration.ofSeconds(resolutionSeconds).plus(held));
        schedule();
    }

    private SlaTerms termsWith(BusinessCalendar calendar) {
        return new SlaTerms(policyId, Duration.ofSeconds(responseSeconds), Duration.ofSeconds(resolutionSeconds),
                warningPercent, calendar);
    }

    private Duration share(long seconds) {
        return Duration.ofSeconds(seconds * warningPercent / 100);
    }

    private void endPause(Instant at, BusinessCalendar calendar) {
        heldSeconds += calendar.between(pausedAt, at).toSeconds();
        pausedAt = null;
    }

    private void schedule() {
        if (state != SlaState.RUNNING) {
            nextDueAt = null;
            return;
        }
        var pending = Stream.<@Nullable Instant>builder();
        if (respondedAt == null) {
            pending.add(responseWarned ? null : responseWarnAt).add(responseBreached ? null : responseDueAt);
        }
        pending.add(resolutionWarned ? null : resolutionWarnAt).add(resolutionBreached ? null : resolutionDueAt);
        nextDueAt = pending.build().filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    }

    private void refuseIfResolved() {
        if (state == SlaState.RESOLVED) {
            throw new DomainException("sla.clock.resolved", itemType, itemRef);
        }
    }

    /** Whether a target's deadline passed before it was met (or, if not met yet, before {@code now}). */
    public boolean isBreached(SlaTarget target, Instant now) {
        var met = target == SlaTarget.RESPONSE ? respondedAt : resolvedAt;
        var due = target == SlaTarget.RESPONSE ? responseDueAt : resolutionDueAt;
        return (target == SlaTarget.RESPONSE ? responseBreached : resolutionBreached)
                || (met != null ? met.isAfter(due) : now.isAfter(due));
    }

    public Long getId() {
        return id;
    }

    public String getItemType() {
        return itemType;
    }

    public String getItemRef() {
        return itemRef;
    }

    public String getCategory() {
        return category;
    }

    public @Nullable Long getSiteId() {
        return siteId;
    }

    public long getPolicyId() {
        return policyId;
    }

    public SlaState getState() {
        return state;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Duration getHeldTime() {
        return Duration.ofSeconds(heldSeconds);
    }

    public @Nullable Instant getPausedAt() {
        return pausedAt;
    }

    public @Nullable Instant getRespondedAt() {
        return respondedAt;
    }

    public @Nullable Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getResponseWarnAt() {
        return responseWarnAt;
    }

    public Instant getResponseDueAt() {
        return responseDueAt;
    }

    public Instant getResolutionWarnAt() {
        return resolutionWarnAt;
    }

    public Instant getResolutionDueAt() {
        return resolutionDueAt;
    }

    public int getEscalationLevel() {
        return escalationLevel;
    }

    public @Nullable Instant getNextDueAt() {
        return nextDueAt;
    }

}
