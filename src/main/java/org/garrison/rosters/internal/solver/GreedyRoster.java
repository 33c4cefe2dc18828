package org.garrison.rosters.internal.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline a solver must beat: places in time order, each given to the first candidate who breaks no hard
 * rule with what they already have (first fit), never revisited.
 */
public final class GreedyRoster {

    private GreedyRoster() {
    }

    /** Fills the plan's unpinned places in place and returns it. */
    public static RosterPlan fill(RosterPlan plan) {
        Map<Guard, List<Slot>> byGuard = new HashMap<>();
        plan.getSlots().stream().filter(s -> s.getGuard() != null)
            .forEach(s -> byGuard.computeIfAbsent(s.getGuard(), g -> new ArrayList<>()).add(s));
        var order = plan.getSlots().stream()
            .filter(s -> !s.isPinned())
            .sorted(Comparator.comparingLong(Slot::getStartMinute).thenComparingLong(Slot::getId))
            .toList();
        for (Slot slot : order) {
            slot.setGuard(null);
            for (Guard candidate : slot.getCandidates()) {
                var mine = byGuard.computeIfAbsent(candidate, g -> new ArrayList<>());
                if (SlotChecks.allowed(slot, candidate, mine, plan.getRules())) {
                    slot.setGuard(candidate);
                    mine.add(slot);
                    break;
                }
            }
        }
        return plan;
    }

}
