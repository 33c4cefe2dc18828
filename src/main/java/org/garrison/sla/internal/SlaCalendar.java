package org.garrison.sla.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A stored SLA calendar: round the clock, or opening hours on weekdays except its holidays and with its make-up
 * working days ({@link CalendarDay}), kept year by year.
 */
@Entity
@Table(name = "sla_calendar")
public class SlaCalendar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    private String zone;

    private boolean alwaysOpen;

    private String workdays;

    private LocalTime opens;

    private LocalTime closes;

    @ElementCollection
    @CollectionTable(name = "sla_calendar_day", joinColumns = @JoinColumn(name = "calendar_id"))
    private Set<CalendarDay> days = new HashSet<>();

    @Version
    private long version;

    private static final Comparator<CalendarDay> BY_DATE = Comparator.comparing(CalendarDay::date);

    protected SlaCalendar() {
    }

    public SlaCalendar(String code, String name, ZoneId zone, boolean alwaysOpen, Set<DayOfWeek> workdays,
            LocalTime opens, LocalTime closes) {
        this.code = code;
        change(name, zone, alwaysOpen, workdays, opens, closes);
    }

    /** Changes the hours (the days stay); clocks already running keep their deadlines until they next move. */
    public void change(String name, ZoneId zone, boolean alwaysOpen, Set<DayOfWeek> workdays, LocalTime opens,
            LocalTime closes) {
        this.name = name;
        this.zone = zone.getId();
        this.alwaysOpen = alwaysOpen;
        this.workdays = workdays.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.opens = opens;
        this.closes = closes;
        toBusinessCalendar();
    }

    /** The days of one year, in date order. */
    public List<CalendarDay> daysOf(int year) {
        return days.stream().filter(day -> day.date().getYear() == year).sorted(BY_DATE).toList();
    }

    /** The years that hold days, in order. */
    public SortedSet<Integer> years() {
        return days.stream().map(day -> day.date().getYear()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Adds the day, or replaces the day of the same date. */
    public void putDay(CalendarDay day) {
        days.removeIf(existing -> existing.date().equals(day.date()));
        days.add(day);
    }

    /** Removes the day of this date; whether there was one. */
    public boolean removeDay(LocalDate date) {
        return days.removeIf(existing -> existing.date().equals(date));
    }

    /** Replaces every day of the year with these (all of which fall in the year). */
    public void replaceYear(int year, List<CalendarDay> replacement) {
        if (replacement.stream().anyMatch(day -> day.date().getYear() != year)) {
            throw new IllegalArgumentException("a day outside " + year);
        }
        days.removeIf(existing -> existing.date().getYear() == year);
        days.addAll(replacement);
    }

    /** The working-time rules of this calendar (reads the days: call inside a transaction). */
    public BusinessCalendar toBusinessCalendar() {
        if (alwaysOpen) {
            return BusinessCalendar.twentyFourSeven(getZone());
        }
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUpDays = new HashSet<>();
        days.forEach(day -> (day.working() ? makeUpDays : holidays).add(day.date()));
        return BusinessCalendar.businessHours(getZone(), getWorkdays(), opens, closes, holidays, makeUpDays);
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("code", code);
        map.put("name", name);
        map.put("zone", zone);
        map.put("alwaysOpen", alwaysOpen);
        map.put("workdays", workdays);
        map.put("opens", opens.toString());
        map.put("closes", closes.toString());
        return map;
    }

    /** One year's days as the audit log keeps them: {@code 2026-02-14 上班 春节调休上班}, one a line. */
    public String describeYear(int year) {
        return daysOf(year).stream()
            .map(day -> day.date() + (day.working() ? " 上班 " : " ") + day.name())
            .collect(Collectors.joining("\n"));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ZoneId getZone() {
        return ZoneId.of(zone);
    }

    public boolean isAlwaysOpen() {
        return alwaysOpen;
    }

    public Set<DayOfWeek> getWorkdays() {
        var days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(workdays.split(",")).filter(d -> !d.isBlank()).map(DayOfWeek::valueOf).forEach(days::add);
        return days;
    }

    public LocalTime getOpens() {
        return opens;
    }

    public LocalTime getCloses() {
        return closes;
    }

    /** Every day, in date order (reads the days: call inside a transaction). */
    public List<CalendarDay> getDays() {
        return days.stream().sorted(BY_DATE).toList();
    }

}
