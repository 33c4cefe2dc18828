package org.garrison.rosters.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;

/**
 * A shift pattern (e.g. 白班 08:00–20:00): the same times every day. A template ending at or before its start
 * crosses midnight and must say so; one ending after its start must not. Templates of a set are the shifts a
 * post is staffed with, so they may not overlap each other (checked by {@link ShiftTemplates}).
 */
@Entity
@Table(name = "ros_shift_template")
public class ShiftTemplate {

    static final int DAY_MINUTES = 24 * 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String templateSet;

    private String name;

    private LocalTime startsAt;

    private LocalTime endsAt;

    private boolean crossesMidnight;

    private int breakMinutes;

    private boolean active = true;

    @Version
    private long version;

    protected ShiftTemplate() {
    }

    public ShiftTemplate(String templateSet, Timing timing) {
        this.templateSet = templateSet.strip();
        change(timing);
    }

    /** The named times of a template, as its form gives them. */
    public record Timing(String name, LocalTime startsAt, LocalTime endsAt, boolean crossesMidnight, int breakMinutes) {

        /** Refuses an end before the start without crossing midnight, a crossing that is none, and odd breaks. */
        void check() {
            boolean endsNextDay = !endsAt.isAfter(startsAt);
            if (endsNextDay && !crossesMidnight) {
                throw new DomainException("rosters.template.endsBeforeStart");
            }
            if (!endsNextDay && crossesMidnight) {
                throw new DomainException("rosters.template.noMidnight");
            }
            if (breakMinutes < 0 || breakMinutes >= lengthMinutes()) {
                throw new DomainException("rosters.template.breakInvalid");
            }
        }

        int lengthMinutes() {
            int start = startsAt.getHour() * 60 + startsAt.getMinute();
            int end = endsAt.getHour() * 60 + endsAt.getMinute();
            return end > start ? end - start : end + DAY_MINUTES - start;
        }

    }

    void change(Timing timing) {
        timing.check();
        this.name = timing.name().strip();
        this.startsAt = timing.startsAt();
        this.endsAt = timing.endsAt();
        this.crossesMidnight = timing.crossesMidnight();
        this.breakMinutes = timing.breakMinutes();
    }

    void retire() {
        this.active = false;
    }

    /** Minutes from midnight of the service day when the template starts. */
    public int startMinute() {
        return startsAt.getHour() * 60 + startsAt.getMinute();
    }

    /** Minutes from midnight of the service day when it ends (past {@value #DAY_MINUTES} when crossing midnight). */
    public int endMinute() {
        return startMinute() + timing().lengthMinutes();
    }

    /** Whether the two templates share any minute, on the same day or across midnight. */
    public boolean overlaps(ShiftTemplate other) {
        for (int shift = -DAY_MINUTES; shift <= DAY_MINUTES; shift += DAY_MINUTES) {
            int start = other.startMinute() + shift;
            int end = other.endMinute() + shift;
            if (startMinute() < end && start < endMinute()) {
                return true;
            }
        }
        return false;
    }

    /** When the shift of a service day starts, in the business zone. */
    public Instant startOn(LocalDate day, ZoneId zone) {
        return day.atTime(startsAt).atZone(zone).toInstant();
    }

    /** When the shift of a service day ends (the next day when it crosses midnight). */
    public Instant endOn(LocalDate day, ZoneId zone) {
        return (crossesMidnight ? day.plusDays(1) : day).atTime(endsAt).atZone(zone).toInstant();
    }

    /** Whether the shift counts as a night shift for fairness: any part of it between 22:00 and 06:00. */
    public boolean isNight() {
        return overlapsMinutes(22 * 60, 30 * 60) || overlapsMinutes(-2 * 60, 6 * 60);
    }

    private boolean overlapsMinutes(int from, int to) {
        return startMinute() < to && from < endMinute();
    }

    public Duration length() {
        return Duration.ofMinutes(timing().lengthMinutes());
    }

    public Timing timing() {
        return new Timing(name, startsAt, endsAt, crossesMidnight, breakMinutes);
    }

    public Long getId() {
        return id;
    }

    public String getTemplateSet() {
        return templateSet;
    }

    public String getName() {
        return name;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public boolean isCrossesMidnight() {
        return crossesMidnight;
    }

    public int getBreakMinutes() {
        return breakMinutes;
    }

    public boolean isActive() {
        return active;
    }

}
