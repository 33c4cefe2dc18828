package org.garrison.rosters.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.garrison.people.DutyCandidate;
import org.garrison.rosters.internal.solver.Blocker;
import org.garrison.rosters.internal.solver.History;
import org.garrison.rosters.internal.solver.Preferences;
import org.garrison.rosters.internal.solver.Slot;
import org.springframework.stereotype.Component;

/**
 * What rosters know of the guards of a problem besides the on-duty gate: their approved leave, preferences and
 * published shifts just outside the period.
 */
@Component
class GuardFacts {

    private final LeaveRequestRepository leave;

    private final GuardPreferences preferences;

    private final RosterShiftRepository shifts;

    private final RosterSettings settings;

    GuardFacts(LeaveRequestRepository leave, GuardPreferences preferences, RosterShiftRepository shifts,
            RosterSettings settings) {
        this.leave = leave;
        this.preferences = preferences;
        this.shifts = shifts;
        this.settings = settings;
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

    /**
     * Each guard's published shifts in the week before {@code first} and the week after the period of {@code days}
     * days: the last before and the first after it (rest), and the days in a row worked up to it and from its end.
     */
    Map<Long, History> history(List<DutyCandidate> staff, LocalDate first, int days) {
        LocalDate last = first.plusDays(days - 1L);
        int week = settings.workRules().maxWorkDays() + 1;
        var before = new HashMap<Long, List<RosterShift>>();
        var after = new HashMap<Long, List<RosterShift>>();
        shifts.findByEmployeeIdInAndServiceDayBetween(staff.stream().map(c -> c.id().value()).toList(),
                first.minusDays(week), last.plusDays(week))
            .stream()
            .filter(s -> s.getState() == RosterShift.State.PUBLISHED && s.getEmployeeId() != null)
            .filter(s -> s.getServiceDay().isBefore(first) || s.getServiceDay().isAfter(last))
            .forEach(s -> (s.getServiceDay().isBefore(first) ? before : after)
                .computeIfAbsent(s.getEmployeeId(), e -> new ArrayList<>()).add(s));
        var result = new HashMap<Long, History>();
        for (DutyCandidate guard : staff) {
            long id = guard.id().value();
            var earlier = before.getOrDefault(id, List.of());
            var later = after.getOrDefault(id, List.of());
            if (earlier.isEmpty() && later.isEmpty()) {
                continue;
            }
            var lastBefore = earlier.stream().max(Comparator.comparing(RosterShift::getEndsAt));
            var firstAfter = later.stream().min(Comparator.comparing(RosterShift::getStartsAt));
            result.put(id, new History(lastBefore.map(s -> s.getEndsAt().getEpochSecond() / 60).orElse(null),
                    lastBefore.map(GuardFacts::label).orElse(null), run(earlier, first, -1),
                    firstAfter.map(s -> s.getStartsAt().getEpochSecond() / 60).orElse(null),
                    firstAfter.map(GuardFacts::label).orElse(null), run(later, last, 1), days));
        }
        return result;
    }

    /** Days in a row with a shift, going from the day next to {@code edge} in the direction {@code step}. */
    private static int run(List<RosterShift> shifts, LocalDate edge, int step) {
        Set<LocalDate> days = shifts.stream().map(RosterShift::getServiceDay).collect(Collectors.toSet());
        int run = 0;
        while (days.contains(edge.plusDays((run + 1L) * step))) {
            run++;
        }
        return run;
    }

    private static String label(RosterShift shift) {
        return Slot.dayLabel(shift.getServiceDay()) + " " + shift.getPostName() + " " + shift.getTemplateName();
    }

}
