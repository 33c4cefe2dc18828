package org.garrison.facilities.plans;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.contracts.ServiceKind;
import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A recurring service plan (服务计划) at one site: which service, which area, what is done and checked, how often,
 * and who does it. A plan ends when it is stopped (or on its last day); its tasks already made stay.
 */
@Entity
@Table(name = "fa_plan")
public class ServicePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    @Enumerated(EnumType.STRING)
    private ServiceKind service;

    private String area;

    private String task;

    private String checklist;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    private int timesPerDay;

    private @Nullable String weekdays;

    private @Nullable Integer dayOfMonth;

    private LocalTime firstTime;

    private LocalTime lastTime;

    private boolean skipHolidays;

    private @Nullable Long assigneeId;

    private @Nullable String assigneeName;

    private LocalDate firstDay;

    private @Nullable LocalDate lastDay;

    private boolean active;

    private String createdBy;

    private Instant createdAt;

    @Version
    private long version;

    protected ServicePlan() {
    }

    ServicePlan(long siteId, PlanDetails details, String createdBy, Instant createdAt) {
        this.siteId = siteId;
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        change(details);
    }

    /** Changes what the plan asks; tasks already made keep what they were made with. */
    void change(PlanDetails details) {
        var recurrence = details.recurrence().checked();
        this.service = details.service();
        this.area = details.area().strip();
        this.task = details.task().strip();
        this.checklist = String.join("\n", details.checklist());
        this.frequency = recurrence.frequency();
        this.timesPerDay = recurrence.frequency() == Frequency.TIMES_A_DAY ? recurrence.timesPerDay() : 1;
        this.weekdays = recurrence.frequency() == Frequency.WEEKLY
                ? recurrence.weekdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")) : null;
        this.dayOfMonth = recurrence.frequency() == Frequency.MONTHLY ? recurrence.dayOfMonth() : null;
        this.firstTime = recurrence.firstTime();
        this.lastTime = recurrence.frequency() == Frequency.TIMES_A_DAY ? recurrence.lastTime() : recurrence.firstTime();
        this.skipHolidays = recurrence.skipHolidays();
        this.assigneeId = details.assigneeId();
        this.assigneeName = Texts.blankToNull(details.assigneeName());
        this.firstDay = details.firstDay();
        this.lastDay = details.lastDay();
    }

    void stop() {
        this.active = false;
    }

    /** Whether the plan makes tasks on the day. */
    public boolean runsOn(LocalDate day) {
        return active && !day.isBefore(firstDay) && (lastDay == null || !day.isAfter(lastDay));
    }

    public Recurrence recurrence() {
        Set<DayOfWeek> days = weekdays == null || weekdays.isBlank() ? Set.of()
                : Arrays.stream(weekdays.split(",")).map(DayOfWeek::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new Recurrence(frequency, timesPerDay, days, dayOfMonth, firstTime, lastTime, skipHolidays);
    }

    public List<String> checklistItems() {
        return checklist.isBlank() ? List.of() : List.of(checklist.split("\n"));
    }

    public Map<String, Object> snapshot() {
        return Map.of("service", service.name(), "area", area, "task", task, "frequency", frequency.name(), "timesPerDay",
                timesPerDay, "active", active);
    }

    public Long getId() {
        return id;
    }

    public long getSiteId() {
        return siteId;
    }

    public ServiceKind getService() {
        return service;
    }

    public String getArea() {
        return area;
    }

    public String getTask() {
        return task;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public int getTimesPerDay() {
        return timesPerDay;
    }

    public @Nullable Integer getDayOfMonth() {
        return dayOfMonth;
    }

    public LocalTime getFirstTime() {
        return firstTime;
    }

    public LocalTime getLastTime() {
        return lastTime;
    }

    public boolean isSkipHolidays() {
        return skipHolidays;
    }

    public @Nullable Long getAssigneeId() {
        return assigneeId;
    }

    public @Nullable String getAssigneeName() {
        return assigneeName;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public @Nullable LocalDate getLastDay() {
        return lastDay;
    }

    public boolean isActive() {
        return active;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

}
