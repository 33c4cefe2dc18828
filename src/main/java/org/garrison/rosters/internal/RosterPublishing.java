package org.garrison.rosters.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.people.DutyCandidate;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeopleManagement;
import org.garrison.rosters.RosterPublished;
import org.garrison.rosters.internal.solver.SlotChecks;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hand edits of a draft (pick a guard for a shift, with the solver's hard rules) and publishing (R1): refused while a
 * place is uncovered or a guard is double-booked; too little rest is a warning that needs a reason. Publishing
 * replaces the published shifts of the same sites and days, tells every rostered guard and publishes
 * {@link RosterPublished}.
 */
@Service
@Transactional
public class RosterPublishing {

    private final RosterDrafts drafts;

    private final RosterShiftRepository shifts;

    private final ShiftChecks checks;

    private final PeopleManagement people;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    RosterPublishing(RosterDrafts drafts, RosterShiftRepository shifts, ShiftChecks checks, PeopleManagement people,
            ApplicationEventPublisher events, Clock clock) {
        this.drafts = drafts;
        this.shifts = shifts;
        this.checks = checks;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** What a guard would break on a draft's shift (for the live check while picking). */
    @Transactional(readOnly = true)
    public List<SlotChecks.Problem> check(DataScope scope, long rosterId, long shiftId, EmployeeId employee) {
        var shift = shiftOf(scope, rosterId, shiftId);
        return checks.check(shift, employee, people.dutyCandidates(scope));
    }

    /**
     * Puts a guard on a draft's shift, or clears it ({@code null}). Refuses a guard who breaks a hard rule; too little
     * rest is allowed here and shows as a warning at publishing.
     */
    public void assign(DataScope scope, long rosterId, long shiftId, @Nullable EmployeeId employee) {
        drafts.get(scope, rosterId).requireDraft();
        var shift = shiftOf(scope, rosterId, shiftId);
        if (employee != null) {
            checks.check(shift, employee, people.dutyCandidates(scope))
                .stream()
                .filter(p -> !p.kind().warningOnly())
                .findFirst()
                .ifPresent(p -> {
                    throw new DomainException("rosters.edit.refused");
                });
        }
        Long before = shift.getEmployeeId();
        shift.assign(employee == null ? null : employee.value());
        events.publishEvent(AuditedChange.of("update", "ros_shift", shiftId, shift.place().postName(),
                mapOf("employee", before), mapOf("employee", employee == null ? null : employee.value())));
    }

    /** What stands in the way of publishing: refusals (uncovered, double-booked) and warnings (too little rest). */
    public record Readiness(long uncovered, List<SlotChecks.Problem> refusals, List<SlotChecks.Problem> warnings) {

        public boolean blocked() {
            return uncovered > 0 || !refusals.isEmpty();
        }

    }

    @Transactional(readOnly = true)
    public Readiness readiness(DataScope scope, long rosterId) {
        var all = drafts.shifts(scope, rosterId);
        long uncovered = all.stream().filter(s -> s.getEmployeeId() == null).count();
        var staff = new HashMap<Long, DutyCandidate>();
        people.dutyCandidates(scope).forEach(c -> staff.put(c.id().value(), c));
        var refusals = new ArrayList<SlotChecks.Problem>();
        var warnings = new ArrayList<SlotChecks.Problem>();
        Set<String> seen = new HashSet<>();
        var roster = drafts.get(scope, rosterId);
        var context = checks.context(all.stream().map(RosterShift::getEmployeeId).filter(e -> e != null).distinct()
            .filter(staff::containsKey).map(EmployeeId::new).toList(), roster.getFirstDay(), roster.getLastDay());
        for (RosterShift shift : all) {
            var guard = shift.getEmployeeId() == null ? null : staff.get(shift.getEmployeeId());
            if (guard == null) {
                continue;
            }
            for (var problem : checks.check(shift, guard, context)) {
                if (!seen.add(problem.why().toString())) {
                    continue;
                }
                (problem.kind().warningOnly() ? warnings : refusals).add(problem);
            }
        }
        return new Readiness(uncovered, refusals, warnings);
    }

    /**
     * Publishes a draft.
     *
     * @throws DomainException {@code rosters.publish.uncovered}, {@code rosters.publish.doubleBooked},
     *     {@code rosters.publish.restNeedsReason}
     */
    public void publish(DataScope scope, long rosterId, @Nullable String reason, long by) {
        var roster = drafts.get(scope, rosterId);
        roster.requireDraft();
        var readiness = readiness(scope, rosterId);
        if (readiness.uncovered() > 0) {
            throw new DomainException("rosters.publish.uncovered", readiness.uncovered());
        }
        if (readiness.refusals().stream().anyMatch(p -> p.kind() == SlotChecks.Kind.OVERLAP)) {
            throw new DomainException("rosters.publish.doubleBooked");
        }
        if (!readiness.refusals().isEmpty()) {
            throw new DomainException("rosters.publish.rulesBroken", readiness.refusals().size());
        }
        if (!readiness.warnings().isEmpty() && (reason == null || reason.isBlank())) {
            throw new DomainException("rosters.publish.restNeedsReason", readiness.warnings().size());
        }
        var mine = shifts.findByRosterIdOrderByServiceDayAscSiteIdAscPostNameAscStartsAtAscSlotAsc(rosterId);
        var siteIds = mine.stream().map(RosterShift::getSiteId).distinct().toList();
        drafts.publishedUnder(roster, siteIds).forEach(RosterShift::replace);
        mine.forEach(RosterShift::publish);
        roster.publish(by, clock.instant(), reason);
        var employees = mine.stream().map(RosterShift::getEmployeeId).filter(e -> e != null).distinct().sorted().toList();
        events.publishEvent(new RosterPublished(rosterId, roster.getScopeLevel(), roster.getScopeRef(),
                siteIds.stream().map(SiteId::new).toList(), roster.getFirstDay(), roster.getLastDay(),
                employees.stream().map(EmployeeId::new).toList(), clock.instant()));
        var users = people.dutyCandidates(scope)
            .stream()
            .filter(c -> employees.contains(c.id().value()) && c.user() != null)
            .map(DutyCandidate::user)
            .collect(java.util.stream.Collectors.<UserId>toSet());
        if (!users.isEmpty()) {
            events.publishEvent(new NotificationRequested("rosters.published", users, Set.of(), null,
                    "rosters.notify.published", List.of(roster.getFirstDay().toString(), roster.getLastDay().toString()),
                    "/rosters/my", false, clock.instant()));
        }
        events.publishEvent(AuditedChange.of("publish", "ros_roster", rosterId,
                roster.getFirstDay() + " – " + roster.getLastDay(), Map.of("state", "DRAFT"),
                mapOf("state", "PUBLISHED", "reason", reason)));
    }

    private RosterShift shiftOf(DataScope scope, long rosterId, long shiftId) {
        return drafts.shifts(scope, rosterId)
            .stream()
            .filter(s -> s.getId() == shiftId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("entity.rosterShift", shiftId));
    }

    private static Map<String, Object> mapOf(Object... pairs) {
        var map = new HashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return map;
    }

}
