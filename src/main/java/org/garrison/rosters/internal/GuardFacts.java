package org.garrison.rosters.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.garrison.people.DutyCandidate;
import org.garrison.rosters.internal.solver.Blocker;
import org.garrison.rosters.internal.solver.Preferences;
import org.springframework.stereotype.Component;

/** What rosters know of the guards of a problem besides the on-duty gate: their approved leave and preferences. */
@Component
class GuardFacts {

    private final LeaveRequestRepository leave;

    private final GuardPreferences preferences;

    GuardFacts(LeaveRequestRepository leave, GuardPreferences preferences) {
        this.leave = leave;
        this.preferences = preferences;
    }

    /** The days (by index from {@code first}) each guard is on approved leave, as blockers. */
    Map<Long, Map<Integer, Blocker>> leaveDays(List<DutyCandidate> staff, LocalDate first, int days) {
        var result = new HashMap<Long, Map<Integer, Blocker>>();
        LocalDate last = first.plusDays(days - 1L);
        leave.findByEmployeeIdInAndStateAndFirstDayLessThanEqualAndLastDayGreaterThanEqual(
                staff.stream().map(c -> c.id().value()).toList(), RequestState.APPROVED, last, first)
            .forEach(l -> {
                for (int d = 0; d < days; d++) {
                    LocalDate day = first.plusDays(d);
                    if (!day.isBefore(l.getFirstDay()) && !day.isAfter(l.getLastDay())) {
                        result.computeIfAbsent(l.getEmployeeId(), e -> new HashMap<>())
                            .put(d, Blocker.of("rosters.rule.onLeave"));
                    }
                }
            });
        return result;
    }

    /** The stated preferences of the guards, by employee id. */
    Map<Long, Preferences> preferences(List<DutyCandidate> staff) {
        return preferences.of(staff.stream().map(c -> c.id().value()).toList());
    }

}
