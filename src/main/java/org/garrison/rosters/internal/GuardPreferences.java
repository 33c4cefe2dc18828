package org.garrison.rosters.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.garrison.people.EmployeeId;
import org.garrison.rosters.internal.solver.Preferences;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each guard's roster preferences (nights, days off wished for), kept by the guard himself and read by the solver as a
 * soft rule; a change is audited.
 */
@Service
public class GuardPreferences {

    /** At most this many days off a week may be wished for: more would leave nothing to prefer. */
    public static final int MAX_DAYS_OFF = 2;

    private final JdbcClient jdbc;

    private final GuardRequests requests;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    GuardPreferences(JdbcClient jdbc, GuardRequests requests, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in guard's preferences ({@link Preferences#NONE} until he states any). */
    @Transactional(readOnly = true)
    public Preferences mine(CurrentUser user) {
        long me = requests.me(user).value();
        return of(List.of(me)).getOrDefault(me, Preferences.NONE);
    }

    /**
     * States the signed-in guard's preferences.
     *
     * @throws DomainException {@code rosters.my.noEmployee} for an account that is no employee,
     *     {@code rosters.preference.tooManyDays} for more than {@link #MAX_DAYS_OFF} days off
     */
    @Transactional
    public void state(CurrentUser user, Preferences preferences) {
        EmployeeId me = requests.me(user);
        if (preferences.daysOff().size() > MAX_DAYS_OFF) {
            throw new DomainException("rosters.preference.tooManyDays", MAX_DAYS_OFF);
        }
        var before = of(List.of(me.value())).getOrDefault(me.value(), Preferences.NONE);
        String days = preferences.daysOff().stream().sorted().map(d -> String.valueOf(d.getValue()))
            .collect(Collectors.joining(","));
        int updated = jdbc.sql("UPDATE ros_preference SET avoid_nights = :nights, days_off = :days, updated_by = :by, "
                + "updated_at = :at WHERE employee_id = :employee")
            .param("nights", preferences.avoidNights()).param("days", days).param("by", user.id())
            .param("at", Timestamp.from(clock.instant())).param("employee", me.value())
            .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO ros_preference (employee_id, avoid_nights, days_off, updated_by, updated_at) "
                    + "VALUES (:employee, :nights, :days, :by, :at)")
                .param("nights", preferences.avoidNights()).param("days", days).param("by", user.id())
                .param("at", Timestamp.from(clock.instant())).param("employee", me.value())
                .update();
        }
        events.publishEvent(AuditedChange.of("update", "ros_preference", me.value(), user.displayName(),
                snapshot(before), snapshot(preferences)));
    }

    /** The stated preferences of these employees, by employee id (those who stated none are left out). */
    @Transactional(readOnly = true)
    public Map<Long, Preferences> of(Collection<Long> employees) {
        var result = new HashMap<Long, Preferences>();
        if (employees.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT employee_id, avoid_nights, days_off FROM ros_preference WHERE employee_id IN (:ids)")
            .param("ids", employees.stream().distinct().toList())
            .query((rs, n) -> result.put(rs.getLong(1), new Preferences(rs.getBoolean(2), days(rs.getString(3)))))
            .list();
        return result;
    }

    static Set<DayOfWeek> days(String text) {
        var days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
            .forEach(s -> days.add(DayOfWeek.of(Integer.parseInt(s))));
        return days;
    }

    private static Map<String, Object> snapshot(Preferences p) {
        return Map.of("avoidNights", p.avoidNights(), "daysOff",
                p.daysOff().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")));
    }

}
