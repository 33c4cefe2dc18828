package org.garrison.patrols.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * When a route must be walked: every {@code everyMinutes} from {@code startsAt} until {@code endsAt}
 * (the next day when it ends at or before it starts), each checkpoint within {@code toleranceMinutes} of
 * its expected time; optionally with a start moved at random within the tolerance so patrols are not
 * predictable. By a named guard, by whoever holds a post, or by whoever is on duty at the site.
 */
@Entity
@Table(name = "patrol_schedule")
public class Schedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long routeId;

    private long siteId;

    private LocalTime startsAt;

    private LocalTime endsAt;

    private int everyMinutes;

    private int toleranceMinutes;

    private boolean randomised;

    private @Nullable Long guardUserId;

    private @Nullable Long postId;

    private String zone;

    private boolean active = true;

    private Instant createdAt;

    @Version
    private long version;

    protected Schedule() {
    }

    public Schedule(long routeId, long siteId, Timing timing, @Nullable Long guardUserId, @Nullable Long postId,
            ZoneId zone, Instant createdAt) {
        this.routeId = routeId;
        this.createdAt = createdAt;
        this.siteId = siteId;
        this.zone = zone.getId();
        retime(timing);
        assign(guardUserId, postId);
    }

    /** The timing part of a schedule's form. */
    public record Timing(LocalTime startsAt, LocalTime endsAt, int everyMinutes, int toleranceMinutes,
            boolean randomised) {
    }

    private void retime(Timing timing) {
        if (timing.everyMinutes() < 15 || timing.everyMinutes() > 1440) {
            throw new DomainException("patrol.schedule.everyInvalid");
        }
        if (timing.toleranceMinutes() < 1 || timing.toleranceMinutes() >= timing.everyMinutes()) {
            throw new DomainException("patrol.schedule.toleranceInvalid");
        }
        this.startsAt = timing.startsAt();
        this.endsAt = timing.endsAt();
        this.everyMinutes = timing.everyMinutes();
        this.toleranceMinutes = timing.toleranceMinutes();
        this.randomised = timing.randomised();
    }

    /**
     * Who walks the tours: a named guard, whoever holds a post (the caller checks that it is an active post
     * of the site), or, with neither, whoever is on duty at the site; not a guard and a post at once.
     */
    public void assign(@Nullable Long guardUserId, @Nullable Long postId) {
        if (guardUserId != null && postId != null) {
            throw new DomainException("patrol.schedule.postAndGuard");
        }
        if (!active) {
            throw new DomainException("patrol.schedule.alreadyRetired");
        }
        this.guardUserId = guardUserId;
        this.postId = postId;
    }

    public void retire() {
        if (!active) {
            throw new DomainException("patrol.schedule.alreadyRetired");
        }
        active = false;
    }

    public Timing timing() {
        return new Timing(startsAt, endsAt, everyMinutes, toleranceMinutes, randomised);
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("routeId", routeId);
        map.put("siteId", siteId);
        map.put("startsAt", startsAt.toString());
        map.put("endsAt", endsAt.toString());
        map.put("everyMinutes", everyMinutes);
        map.put("toleranceMinutes", toleranceMinutes);
        map.put("randomised", randomised);
        map.put("guardUserId", guardUserId);
        map.put("postId", postId);
        map.put("active", active);
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getRouteId() {
        return routeId;
    }

    public long getSiteId() {
        return siteId;
    }

    public @Nullable Long getGuardUserId() {
        return guardUserId;
    }

    public @Nullable Long getPostId() {
        return postId;
    }

    /** When the schedule was made: no tour is planned for a window that had closed before. */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Demo data only: the schedule counts as made earlier, so that the demo shows the tours of the past week. */
    void madeEarlier(Instant at) {
        if (at.isBefore(createdAt)) {
            this.createdAt = at;
        }
    }

    public ZoneId getZone() {
        return ZoneId.of(zone);
    }

    public boolean isActive() {
        return active;
    }

}
