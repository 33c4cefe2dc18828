package org.garrison.patrols.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;

/**
 * A patrol route of one site: its checkpoints (in walking order when {@code ordered}), foot or vehicle, and
 * the minutes expected between two checkpoints.
 */
@Entity
@Table(name = "patrol_route")
public class Route {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    private String name;

    private boolean ordered;

    @Enumerated(EnumType.STRING)
    private PatrolMode mode;

    private int minutesBetween;

    private boolean active = true;

    @ElementCollection
    @CollectionTable(name = "patrol_route_point", joinColumns = @JoinColumn(name = "route_id"))
    @OrderColumn(name = "position")
    @Column(name = "checkpoint_id")
    private List<Long> checkpointIds = new ArrayList<>();

    @Version
    private long version;

    protected Route() {
    }

    public Route(long siteId, Plan plan) {
        this.siteId = siteId;
        replan(plan);
    }

    /** What a route's form holds. */
    public record Plan(String name, boolean ordered, PatrolMode mode, int minutesBetween, List<Long> checkpointIds) {
    }

    public void replan(Plan plan) {
        if (plan.checkpointIds().isEmpty()) {
            throw new DomainException("patrol.route.noCheckpoints");
        }
        if (plan.minutesBetween() < 0 || plan.minutesBetween() > 240) {
            throw new DomainException("patrol.route.minutesInvalid");
        }
        if (!plan.ordered() && new HashSet<>(plan.checkpointIds()).size() != plan.checkpointIds().size()) {
            throw new DomainException("patrol.route.repeatedCheckpoint");
        }
        this.name = plan.name().strip();
        this.ordered = plan.ordered();
        this.mode = plan.mode();
        this.minutesBetween = plan.minutesBetween();
        this.checkpointIds.clear();
        this.checkpointIds.addAll(plan.checkpointIds());
    }

    public void retire() {
        if (!active) {
            throw new DomainException("patrol.route.alreadyRetired", name);
        }
        active = false;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("siteId", siteId);
        map.put("name", name);
        map.put("ordered", ordered);
        map.put("mode", mode.name());
        map.put("minutesBetween", minutesBetween);
        map.put("checkpointIds", List.copyOf(checkpointIds));
        map.put("active", active);
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getSiteId() {
        return siteId;
    }

    public String getName() {
        return name;
    }

    public boolean isOrdered() {
        return ordered;
    }

    public PatrolMode getMode() {
        return mode;
    }

    public int getMinutesBetween() {
        return minutesBetween;
    }

    public boolean isActive() {
        return active;
    }

    public List<Long> getCheckpointIds() {
        return List.copyOf(checkpointIds);
    }

}
