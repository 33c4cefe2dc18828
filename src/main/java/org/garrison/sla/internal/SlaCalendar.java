package org.garrison.sla.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A stored SLA calendar: round the clock, or opening hours on weekdays except its holidays. */
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
    @CollectionTable(name = "sla_calendar_holiday", joinColumns = @JoinColumn(name = "calendar_id"))
    @Column(name = "holiday")
    private Set<LocalDate> holidays = new TreeSet<>();

    @Version
    private long version;

    protected SlaCalendar() {
    }

    public SlaCalendar(String code, String name, ZoneId zone, boolean alwaysOpen, Set<DayOfWeek> workdays,
            LocalTime opens, LocalTime closes, Set<LocalDate> holidays) {
        this.code = code;
        change(name, zone, alwaysOpen, workdays, opens, closes, holidays);
    }

    /** Changes the hours and holidays; clocks already running keep their deadlines until they next move. */
    public void change(String name, ZoneId zone, boolean alwaysOpen, Set<DayOfWeek> workdays, LocalTime opens,
            LocalTime closes, Set<LocalDate> holidays) {
        this.name = name;
        this.zone = zone.getId();
        this.alwaysOpen = alwaysOpen;
        this.workdays = workdays.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.opens = opens;
        this.closes = closes;
        this.holidays.clear();
        this.holidays.addAll(holidays);
        toBusinessCalendar();
    }

    /** The working-time rules of this calendar (reads the holidays: call inside a transaction). */
    public BusinessCalendar toBusinessCalendar() {
        return alwaysOpen ? BusinessCalendar.twentyFourSeven(getZone())
                : BusinessCalendar.businessHours(getZone(), getWorkdays(), opens, closes, holidays);
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
        map.put("holidays", new TreeSet<>(holidays).toString());
        return map;
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

    public Set<LocalDate> getHolidays() {
        return new TreeSet<>(holidays);
    }

}
