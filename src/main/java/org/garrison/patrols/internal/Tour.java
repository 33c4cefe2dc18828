package org.garrison.patrols.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * One walk of a route that a schedule asks for. Open until its window closes; then {@link #close} settles
 * each checkpoint and the tour is done, late or missed. A tour with anything wrong raises an alert that the
 * team leader or supervisor acknowledges with a comment.
 */
@Entity
@Table(name = "patrol_tour")
public class Tour {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long scheduleId;

    private long routeId;

    private long siteId;

    private @Nullable Long guardUserId;

    private @Nullable Long postId;

    private LocalDate serviceDay;

    private Instant windowStart;

    private Instant windowEnd;

    private Instant closesAt;

    @Enumerated(EnumType.STRING)
    private TourStatus status = TourStatus.OPEN;

    private int pointsDue;

    private int pointsOnTime;

    private int pointsLate;

    private int pointsMissed;

    private int pointsOutOfOrder;

    private @Nullable Long acknowledgedBy;

    private @Nullable Instant acknowledgedAt;

    private @Nullable String acknowledgement;

    @ElementCollection
    @CollectionTable(name = "patrol_tour_point", joinColumns = @JoinColumn(name = "tour_id"))
    private List<TourPoint> points = new ArrayList<>();

    @Version
    private long version;

    protected Tour() {
    }

    Tour(Schedule schedule, List<Long> checkpointIds, Slots.Window window) {
        this.scheduleId = schedule.getId();
        this.routeId = schedule.getRouteId();
        this.siteId = schedule.getSiteId();
        this.guardUserId = schedule.getGuardUserId();
        this.postId = schedule.getPostId();
        this.serviceDay = LocalDate.ofInstant(window.start(), schedule.getZone());
        this.windowStart = window.start();
        this.windowEnd = window.end();
        this.closesAt = window.closesAt();
        this.pointsDue = checkpointIds.size();
        for (int i = 0; i < checkpointIds.size(); i++) {
            points.add(new TourPoint(i, checkpointIds.get(i), window.deadlines().get(i)));
        }
    }

    /**
     * Whether the open tour is for a guard on duty at its site who holds {@code heldPostId} (if any): a
     * tour with a named guard is that guard's, a post's tour is for whoever holds the post, any other tour
     * is for whoever is on duty at the site.
     */
    public boolean isFor(long userId, @Nullable Long heldPostId) {
        if (guardUserId != null) {
            return guardUserId == userId;
        }
        return postId == null || postId.equals(heldPostId);
    }

    /** A tour not yet closed follows its schedule's new guard or post. */
    void reassign(Schedule schedule) {
        if (status.isClosed()) {
            throw new DomainException("patrol.tour.alreadyClosed", id);
        }
        this.guardUserId = schedule.getGuardUserId();
        this.postId = schedule.getPostId();
    }

    /**
     * Settles the tour from its scans once its window has closed; a tour scheduled for a post (no named
     * guard) becomes the tour of the guard who walked it.
     */
    void close(TourEvaluation.Result result) {
        if (status.isClosed()) {
            throw new DomainException("patrol.tour.alreadyClosed", id);
        }
        apply(result);
    }

    /**
     * Settles a closed tour again when scans made offline arrive after it closed (they count by the phone's
     * time); its alert and any acknowledgement stay. Returns whether anything changed.
     */
    boolean resettle(TourEvaluation.Result result) {
        if (!status.isClosed()) {
            throw new DomainException("patrol.tour.notClosed", id);
        }
        var before = snapshot();
        apply(result);
        return !before.equals(snapshot());
    }

    private void apply(TourEvaluation.Result result) {
        var byPosition = new LinkedHashMap<Integer, TourPoint>();
        points.forEach(p -> byPosition.put(p.getPosition(), p));
        result.points().forEach(s -> byPosition.get(s.position()).settle(s.outcome(), s.scannedAt()));
        pointsOnTime = (int) result.count(PointOutcome.ON_TIME);
        pointsLate = (int) result.count(PointOutcome.LATE);
        pointsMissed = (int) result.count(PointOutcome.MISSED);
        pointsOutOfOrder = result.outOfOrder();
        status = result.status();
        if (guardUserId == null) {
            guardUserId = result.walkedBy();
        }
    }

    /** Whether the closed tour raised an alert: anything missed, late or out of order. */
    public boolean needsAttention() {
        return status.isClosed() && (status != TourStatus.DONE || pointsOutOfOrder > 0);
    }

    /** The team leader or supervisor has seen the alert and says what was done about it. */
    public void acknowledge(long userId, String comment, Instant at) {
        if (!needsAttention()) {
            throw new DomainException("patrol.tour.nothingToAcknowledge");
        }
        if (acknowledgedAt != null) {
            throw new DomainException("patrol.tour.alreadyAcknowledged");
        }
        if (comment.isBlank()) {
            throw new DomainException("patrol.tour.commentRequired");
        }
        this.acknowledgedBy = userId;
        this.acknowledgedAt = at;
        this.acknowledgement = comment.strip();
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("status", status.name());
        map.put("pointsOnTime", pointsOnTime);
        map.put("pointsLate", pointsLate);
        map.put("pointsMissed", pointsMissed);
        map.put("pointsOutOfOrder", pointsOutOfOrder);
        map.put("acknowledgement", acknowledgement);
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getScheduleId() {
        return scheduleId;
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

    public LocalDate getServiceDay() {
        return serviceDay;
    }

    public Instant getWindowStart() {
        return windowStart;
    }

    public Instant getWindowEnd() {
        return windowEnd;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public TourStatus getStatus() {
        return status;
    }

    public int getPointsDue() {
        return pointsDue;
    }

    public int getPointsOnTime() {
        return pointsOnTime;
    }

    public int getPointsLate() {
        return pointsLate;
    }

    public int getPointsMissed() {
        return pointsMissed;
    }

    public int getPointsOutOfOrder() {
        return pointsOutOfOrder;
    }

    public @Nullable Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public @Nullable String getAcknowledgement() {
        return acknowledgement;
    }

    public List<TourPoint> getPoints() {
        return points.stream().sorted(Comparator.comparingInt(TourPoint::getPosition)).toList();
    }

}
