package org.garrison.rosters.internal.solver;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The guard's published shifts just outside the period being rostered, for the rules that reach across its edges:
 * the last shift before it and the first after it (rest between shifts), and how many days in a row the guard works
 * right before and right after it (one day off in seven).
 *
 * @param lastEndMinute end of the last published shift before the period (epoch minutes), null for none
 * @param lastLabel that shift in words
 * @param daysBefore consecutive days with a published shift ending on the day before the period
 * @param nextStartMinute start of the first published shift after the period (epoch minutes), null for none
 * @param nextLabel that shift in words
 * @param daysAfter consecutive days with a published shift starting on the day after the period
 * @param dayAfter the day index of the day after the period (its length in days)
 */
public record History(@Nullable Long lastEndMinute, @Nullable String lastLabel, int daysBefore,
        @Nullable Long nextStartMinute, @Nullable String nextLabel, int daysAfter, int dayAfter) {

    public static final History NONE = new History(null, null, 0, null, null, 0, Integer.MAX_VALUE);

    /** The published days in a row that a run starting on day index {@code first} joins before the period. */
    public int joinedBefore(int first) {
        return first == 0 ? daysBefore : 0;
    }

    /** The published days in a row that a run ending on day index {@code last} joins after the period. */
    public int joinedAfter(int last) {
        return last == dayAfter - 1 ? daysAfter : 0;
    }

    /** The published days in a row that join a run of days {@code first..last} across the period's edges. */
    public int daysJoining(int first, int last) {
        return joinedBefore(first) + joinedAfter(last);
    }

    /** The rest problem next to the published shifts, for a slot; empty when the rest is long enough. */
    public Optional<RuleBreak> restBreak(Slot slot, Guard guard, int restMinutes) {
        if (restBefore(slot) < restMinutes) {
            return Optional.of(RuleBreak.of("rosters.rule.rest", guard.getName(), lastLabel, slot.label(),
                    SlotChecks.hours(Math.max(0, restBefore(slot)))));
        }
        if (restAfter(slot) < restMinutes) {
            return Optional.of(RuleBreak.of("rosters.rule.rest", guard.getName(), slot.label(), nextLabel,
                    SlotChecks.hours(Math.max(0, restAfter(slot)))));
        }
        return Optional.empty();
    }

    /** Minutes of rest between the last published shift and the slot; {@link Long#MAX_VALUE} without one. */
    public long restBefore(Slot slot) {
        return lastEndMinute == null ? Long.MAX_VALUE : slot.getStartMinute() - lastEndMinute;
    }

    /** Minutes of rest between the slot and the next published shift; {@link Long#MAX_VALUE} without one. */
    public long restAfter(Slot slot) {
        return nextStartMinute == null ? Long.MAX_VALUE : nextStartMinute - slot.getEndMinute();
    }

}
