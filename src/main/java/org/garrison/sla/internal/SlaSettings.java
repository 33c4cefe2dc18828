package org.garrison.sla.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administration of SLA policies and calendars (company-wide reference data). */
@Service
@Transactional
public class SlaSettings {

    private final SlaPolicyRepository policies;

    private final SlaCalendarRepository calendars;

    private final EscalationRoles escalation;

    private final ApplicationEventPublisher events;

    SlaSettings(SlaPolicyRepository policies, SlaCalendarRepository calendars, EscalationRoles escalation,
            ApplicationEventPublisher events) {
        this.policies = policies;
        this.calendars = calendars;
        this.escalation = escalation;
        this.events = events;
    }

    /** Hours of a calendar as entered on its form (its holidays and make-up days: {@link CalendarDays}). */
    public record Hours(String name, ZoneId zone, boolean alwaysOpen, Set<DayOfWeek> workdays, LocalTime opens,
            LocalTime closes) {
    }

    @Transactional(readOnly = true)
    public List<SlaPolicy> policies() {
        return policies.findAllByOrderByItemTypeAscCategoryAsc();
    }

    @Transactional(readOnly = true)
    public SlaPolicy policy(long id) {
        return policies.findById(id).orElseThrow(() -> new NotFoundException("sla.policy", id));
    }

    /**
     * Changes a policy's targets, calendar, warning share and escalation.
     *
     * @param escalationLevels the role codes told at each escalation level, first level first
     * @throws DomainException when a target or the warning share is out of range, no level names a role, or a role
     *     is unknown
     */
    public SlaPolicy changePolicy(long id, int responseMinutes, int resolutionMinutes, long calendarId,
            int warningPercent, List<? extends Collection<String>> escalationLevels) {
        var policy = policy(id);
        calendar(calendarId);
        var before = policy.snapshot();
        policy.change(responseMinutes, resolutionMinutes, calendarId, warningPercent, escalation.text(escalationLevels));
        events.publishEvent(AuditedChange.of("UPDATE", "SlaPolicy", id,
                policy.getItemType() + "/" + policy.getCategory(), before, policy.snapshot()));
        return policy;
    }

    /** Every calendar with its days loaded. */
    @Transactional(readOnly = true)
    public List<SlaCalendar> calendars() {
        var all = calendars.findAllByOrderByCode();
        all.forEach(SlaCalendar::getDays);
        return all;
    }

    @Transactional(readOnly = true)
    public SlaCalendar calendar(long id) {
        var calendar = calendars.findById(id).orElseThrow(() -> new NotFoundException("sla.calendar", id));
        calendar.getDays();
        return calendar;
    }

    public SlaCalendar createCalendar(String code, Hours hours) {
        if (calendars.existsByCode(code)) {
            throw new DomainException("sla.calendar.codeTaken", code);
        }
        var calendar = calendars.save(valid(() -> new SlaCalendar(code, hours.name(), hours.zone(),
                hours.alwaysOpen(), hours.workdays(), hours.opens(), hours.closes())));
        events.publishEvent(AuditedChange.of("CREATE", "SlaCalendar", calendar.getId(), code, null,
                calendar.snapshot()));
        return calendar;
    }

    public SlaCalendar changeCalendar(long id, Hours hours) {
        var calendar = calendar(id);
        var before = calendar.snapshot();
        valid(() -> {
            calendar.change(hours.name(), hours.zone(), hours.alwaysOpen(), hours.workdays(), hours.opens(),
                    hours.closes());
            return calendar;
        });
        events.publishEvent(AuditedChange.of("UPDATE", "SlaCalendar", id, calendar.getCode(), before,
                calendar.snapshot()));
        return calendar;
    }

    private static SlaCalendar valid(java.util.function.Supplier<SlaCalendar> change) {
        try {
            return change.get();
        }
        catch (IllegalArgumentException ex) {
            throw new DomainException("sla.calendar.invalid");
        }
    }

}
