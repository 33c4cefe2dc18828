package org.garrison.sla.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;

/**
 * The SLA of one item type and category: response and resolution targets counted on a calendar, the
 * share of a target at which to warn, and who is told at each escalation level. Escalation roles are
 * written as levels separated by {@code >}, roles within a level by commas, e.g.
 * {@code TEAM_LEADER > SUPERVISOR > SECURITY_OPS}: warnings go to the current level, each breach moves
 * one level up.
 */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy {

    private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String itemType;

    private String category;

    private int responseMinutes;

    private int resolutionMinutes;

    private long calendarId;

    private int warningPercent;

    private String escalationRoles;

    @Version
    private long version;

    protected SlaPolicy() {
    }

    public SlaPolicy(String itemType, String category, int responseMinutes, int resolutionMinutes, long calendarId,
            int warningPercent, String escalationRoles) {
        this.itemType = itemType;
        this.category = category;
        change(responseMinutes, resolutionMinutes, calendarId, warningPercent, escalationRoles);
    }

    /** Changes the targets; clocks already running keep theirs until reprioritised. */
    public void change(int responseMinutes, int resolutionMinutes, long calendarId, int warningPercent,
            String escalationRoles) {
        if (responseMinutes <= 0 || resolutionMinutes < responseMinutes) {
            throw new DomainException("sla.policy.targetsInvalid");
        }
        if (warningPercent < 1 || warningPercent > 99) {
            throw new DomainException("sla.policy.warningInvalid");
        }
        var levels = parse(escalationRoles);
        this.responseMinutes = responseMinutes;
        this.resolutionMinutes = resolutionMinutes;
        this.calendarId = calendarId;
        this.warningPercent = warningPercent;
        this.escalationRoles = levels.stream().map(level -> String.join(",", level))
            .collect(Collectors.joining(" > "));
    }

    /** The roles told at an escalation level (0 = first level); levels past the last stay at the last. */
    public Set<String> rolesAt(int level) {
        var levels = parse(escalationRoles);
        return Set.copyOf(levels.get(Math.min(level, levels.size() - 1)));
    }

    /** The role codes told at each escalation level, first level first. */
    public List<List<String>> escalationLevels() {
        return parse(escalationRoles);
    }

    public SlaTerms terms(BusinessCalendar calendar) {
        return new SlaTerms(id, Duration.ofMinutes(responseMinutes), Duration.ofMinutes(resolutionMinutes),
                warningPercent, calendar);
    }

    private static List<List<String>> parse(String text) {
        var levels = Arrays.stream(text.split(">"))
            .map(level -> Arrays.stream(level.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList())
            .toList();
        if (levels.isEmpty() || levels.stream().anyMatch(level -> level.isEmpty()
                || level.stream().anyMatch(role -> !ROLE.matcher(role).matches()))) {
            throw new DomainException("sla.policy.escalationInvalid");
        }
        return levels;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("itemType", itemType);
        map.put("category", category);
        map.put("responseMinutes", responseMinutes);
        map.put("resolutionMinutes", resolutionMinutes);
        map.put("calendarId", calendarId);
        map.put("warningPercent", warningPercent);
        map.put("escalationRoles", escalationRoles);
        return map;
    }

    public Long getId() {
        return id;
    }

    public String getItemType() {
        return itemType;
    }

    public String getCategory() {
        return category;
    }

    public int getResponseMinutes() {
        return responseMinutes;
    }

    public int getResolutionMinutes() {
        return resolutionMinutes;
    }

    public long getCalendarId() {
        return calendarId;
    }

    public int getWarningPercent() {
        return warningPercent;
    }

    public String getEscalationRoles() {
        return escalationRoles;
    }

}
