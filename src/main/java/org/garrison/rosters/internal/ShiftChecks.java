package org.garrison.rosters.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.garrison.people.ClearanceBook;
import org.garrison.people.DutyCandidate;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeopleManagement;
import org.garrison.rosters.internal.solver.Blocker;
import org.garrison.rosters.internal.solver.Guard;
import org.garrison.rosters.internal.solver.Slot;
import org.garrison.rosters.internal.solver.SlotChecks;
import org.garrison.shared.DataScope;
import org.garrison.shared.PostId;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The solver's hard rules for one guard on one stored shift (a hand edit, a swap): cleared by the on-duty gate for
 * that post and day, not on approved leave, tall enough, not on another shift at the time, enough rest, a day off in
 * seven; checked against the guard's other shifts in the same roster and their published shifts elsewhere.
 */
@Component
@Transactional(readOnly = true)
class ShiftChecks {

    private final PeopleManagement people;

    private final PostNeeds needs;

    private final RosterShiftRepository shifts;

    private final LeaveRequestRepository leave;

    private final RosterSettings settings;

    ShiftChecks(PeopleManagement people, PostNeeds needs, RosterShiftRepository shifts, LeaveRequestRepository leave,
            RosterSettings settings) {
        this.people = people;
        this.needs = needs;
        this.shifts = shifts;
        this.leave = leave;
        this.settings = settings;
    }

    /**
     * What the checks read for these guards around the days {@code first..last}, loaded at once: their clearances,
     * approved leave and shifts, and each site's post requirements as they are asked for. A roster's publish check
     * reads one context instead of a handful of queries per shift.
     */
    final class Context {

        private final ClearanceBook gate;

        private final Map<Long, List<LeaveRequest>> leaveOf;

        private final Map<Long, List<RosterShift>> shiftsOf;

        private final Map<String, Integer> minHeights = new HashMap<>();

        private Context(Collection<EmployeeId> guards, LocalDate first, LocalDate last) {
            var ids = guards.stream().map(EmployeeId::value).distinct().toList();
            this.gate = people.clearances(guards);
            this.leaveOf = leave.findByEmployeeIdInAndStateAndFirstDayLessThanEqualAndLastDayGreaterThanEqual(ids,
                    RequestState.APPROVED, last, first).stream().collect(Collectors.groupingBy(LeaveRequest::getEmployeeId));
            this.shiftsOf = shifts.findByEmployeeIdInAndServiceDayBetween(ids, first.minusDays(settings.maxWorkDays()),
                    last.plusDays(settings.maxWorkDays())).stream().collect(Collectors.groupingBy(RosterShift::getEmployeeId));
        }

        private boolean onLeave(long employee, LocalDate day) {
            return leaveOf.getOrDefault(employee, List.of())
                .stream()
                .anyMatch(l -> !day.isBefore(l.getFirstDay()) && !day.isAfter(l.getLastDay()));
        }

        private @Nullable Integer minHeight(long site, long post, LocalDate day) {
            String key = site + "/" + post + "/" + day;
            if (!minHeights.containsKey(key)) {
                minHeights.put(key, needs.on(new DataScope(ScopeLevel.SITE, site, 0), day)
                    .stream()
                    .filter(n -> n.postId() == post)
                    .findFirst()
                    .map(PostNeed::minHeightCm)
                    .orElse(null));
            }
            return minHeights.get(key);
        }

    }

    /** A context for checking these guards on shifts of the days {@code first..last}. */
    Context context(Collection<EmployeeId> guards, LocalDate first, LocalDate last) {
        return new Context(guards, first, last);
    }

    List<SlotChecks.Problem> check(RosterShift shift, DutyCandidate guard) {
        return check(shift, guard, context(List.of(guard.id()), shift.getServiceDay(), shift.getServiceDay()));
    }

    List<SlotChecks.Problem> check(RosterShift shift, DutyCandidate guard, Context context) {
        LocalDate day = shift.getServiceDay();
        LocalDate from = day.minusDays(settings.maxWorkDays());
        LocalDate to = day.plusDays(settings.maxWorkDays());
        var blocked = new HashMap<Integer, Blocker>();
        int index = (int) (day.toEpochDay() - from.toEpochDay());
        var clearance = context.gate.clearance(guard.id(), day, new PostId(shift.getPostId()));
        if (!clearance.cleared()) {
            var refusal = clearance.refusals().get(0);
            blocked.put(index, new Blocker(refusal.messageKey(), refusal.args()));
        }
        else if (context.onLeave(guard.id().value(), day)) {
            blocked.put(index, Blocker.of("rosters.rule.onLeave"));
        }
        Integer minHeight = context.minHeight(shift.getSiteId(), shift.getPostId(), day);
        var solverGuard = new Guard(guard.id().value(), guard.name(), null, null, guard.heightCm(), blocked, Map.of());
        var others = new ArrayList<Slot>();
        for (RosterShift other : context.shiftsOf.getOrDefault(guard.id().value(), List.of())) {
            if (other.getServiceDay().isBefore(from) || other.getServiceDay().isAfter(to)) {
                continue;
            }
            boolean sameRoster = other.getRosterId() == shift.getRosterId();
            boolean publishedElsewhere = other.getState() == RosterShift.State.PUBLISHED && !sameRoster;
            if (!other.getId().equals(shift.getId()) && (sameRoster || publishedElsewhere)) {
                others.add(slot(other, from, minHeight, null));
            }
        }
        return SlotChecks.problems(slot(shift, from, minHeight, shift.getId()), solverGuard, others, settings.workRules());
    }

    List<SlotChecks.Problem> check(RosterShift shift, EmployeeId employee, List<DutyCandidate> candidates) {
        return candidates.stream()
            .filter(c -> c.id().equals(employee))
            .findFirst()
            .map(c -> check(shift, c))
            .orElseThrow(() -> new org.garrison.shared.NotFoundException("entity.employee", employee.value()));
    }

    private static Slot slot(RosterShift shift, LocalDate from, Integer minHeight, Long keepId) {
        var place = shift.place();
        return new Slot(keepId != null ? -1 : shift.getId(), new Slot.Place(place.day(),
                (int) (place.day().toEpochDay() - from.toEpochDay()), place.siteId(), "", place.postId(), place.postName(),
                place.templateName(), place.starts().getEpochSecond() / 60, place.ends().getEpochSecond() / 60, false,
                false, keepId != null ? minHeight : null), List.of(), null);
    }

}
