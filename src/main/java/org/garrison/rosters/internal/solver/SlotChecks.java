package org.garrison.rosters.internal.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The hard rules for one guard on one slot, given the guard's other slots and published shifts next to the period:
 * the same rules the solver keeps, for hand edits, the greedy roster and explaining an uncovered place.
 */
public final class SlotChecks {

    /** What a rule found, and whether it only warns (too little rest may be published with a reason). */
    public record Problem(Kind kind, RuleBreak why) {
    }

    /** The rule a problem breaks. */
    public enum Kind {
        BLOCKED, OVERLAP, REST, DAY_OFF;

        /** Too little rest is a warning a team leader may accept with a reason; the others refuse. */
        public boolean warningOnly() {
            return this == REST;
        }
    }

    private SlotChecks() {
    }

    /** Every rule the guard would break on the slot, with the slots they already have (the slot itself ignored). */
    public static List<Problem> problems(Slot slot, Guard guard, Collection<Slot> others, WorkRules rules) {
        var problems = new ArrayList<Problem>();
        guard.blockerFor(slot)
            .ifPresent(b -> problems.add(new Problem(Kind.BLOCKED, RuleBreak.of("rosters.rule.blocked", guard.getName(),
                    slot.label(), b.asArg()))));
        guard.getHistory().restBreak(slot, guard, rules.restMinutes())
            .ifPresent(b -> problems.add(new Problem(Kind.REST, b)));
        var days = new TreeSet<Integer>();
        days.add(slot.getDayIndex());
        for (Slot other : others) {
            if (other.getId() == slot.getId()) {
                continue;
            }
            days.add(other.getDayIndex());
            if (slot.overlaps(other)) {
                problems.add(new Problem(Kind.OVERLAP,
                        RuleBreak.of("rosters.rule.overlap", guard.getName(), slot.label(), other.label())));
            }
            else if (slot.restBetween(other) < rules.restMinutes()) {
                problems.add(new Problem(Kind.REST, RuleBreak.of("rosters.rule.rest", guard.getName(), other.label(),
                        slot.label(), hours(slot.restBetween(other)))));
            }
        }
        int run = runAround(days, slot.getDayIndex(), guard.getHistory());
        if (run > rules.maxWorkDays()) {
            problems.add(new Problem(Kind.DAY_OFF, RuleBreak.of("rosters.rule.dayOffRun", guard.getName(), Slot.dayLabel(slot.getDay()), run)));
        }
        return problems;
    }

    /** Whether the guard may take the slot without breaking a hard rule: {@link #problems} is empty, but cheaper. */
    public static boolean allowed(Slot slot, Guard guard, Collection<Slot> others, WorkRules rules) {
        if (guard.blockerFor(slot).isPresent()
                || guard.getHistory().restBreak(slot, guard, rules.restMinutes()).isPresent()) {
            return false;
        }
        var days = new TreeSet<Integer>();
        days.add(slot.getDayIndex());
        for (Slot other : others) {
            if (other.getId() == slot.getId()) {
                continue;
            }
            if (slot.overlaps(other) || slot.restBetween(other) < rules.restMinutes()) {
                return false;
            }
            days.add(other.getDayIndex());
        }
        return runAround(days, slot.getDayIndex(), guard.getHistory()) <= rules.maxWorkDays();
    }

    /** The length of the run of consecutive days that contains the day, with the published days it joins. */
    static int runAround(TreeSet<Integer> days, int day, History history) {
        int first = day;
        while (days.contains(first - 1)) {
            first--;
        }
        int last = day;
        while (days.contains(last + 1)) {
            last++;
        }
        return last - first + 1 + history.daysJoining(first, last);
    }

    static String hours(long minutes) {
        return minutes % 60 == 0 ? Long.toString(minutes / 60) : String.format(java.util.Locale.ROOT, "%.1f", minutes / 60.0);
    }

}
