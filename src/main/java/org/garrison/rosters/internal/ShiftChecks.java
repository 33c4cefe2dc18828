package org.garrison.rosters.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    List<SlotChecks.Problem> check(RosterShift shift, DutyCandidate guard) {
        LocalDate day = shift.getServiceDay();
        LocalDate from = day.minusDays(settings.maxWorkDays());
        LocalDate to = day.plusDays(settings.maxWorkDays());
        var blocked = new HashMap<Integer, Blocker>();
        int index = (int) (day.toEpochDay() - from.toEpochDay());
        var clearance = people.clearance(guard.id(), day, new PostId(shift.getPostId()));
        if (!clearance.cleared()) {
            var refusal = clearance.refusals().get(0);
            blocked.put(index, new Blocker(refusal.messageKey(), refusal.args()));
        }
        else if (!leave.findByEmployeeIdInAndStateAndFirstDayLessThanEqualAndLastDayGreaterThanEqual(
                List.of(guard.id().value()), RequestState.APPROVED, day, day).isEmpty()) {
            blocked.put(index, Blocker.of("rosters.rule.onLeave"));
        }
        Integer minHeight = needs.on(new DataScope(ScopeLevel.SITE, shift.getSiteId(), 0), day)
            .stream()
            .filter(n -> n.postId() == shift.getPostId())
            .findFirst()
            .map(PostNeed::minHeightCm)
            .orElse(null);
        var solverGuard = new Guard(guard.id().value(), guard.name(), null, null, guard.heightCm(), blocked, Map.of());
        var others = new ArrayList<Slot>();
        for (RosterShift other : shifts.findByEmployeeIdAndServiceDayBetween(guard.id().value(), from, to)) {
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
