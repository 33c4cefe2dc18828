package org.garrison.rosters.internal.solver;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.cloner.SolutionCloner;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.jspecify.annotations.Nullable;

/**
 * A roster to solve: the guards and the slots. Hard: the rules no roster may break; medium: uncovered places (a
 * place is left empty rather than filled against a hard rule); soft: fairness, continuity and stability.
 */
@PlanningSolution(solutionCloner = RosterPlan.Cloner.class)
public class RosterPlan {

    @ProblemFactProperty
    private WorkRules rules;

    @ProblemFactCollectionProperty
    private List<Guard> guards;

    @PlanningEntityCollectionProperty
    private List<Slot> slots;

    @PlanningScore
    private @Nullable HardMediumSoftLongScore score;

    RosterPlan() {
    }

    public RosterPlan(WorkRules rules, List<Guard> guards, List<Slot> slots) {
        this.rules = rules;
        this.guards = guards;
        this.slots = slots;
    }

    /** Copies the slots directly: a reflective clone of thousands of slots on every new best step is what costs. */
    public static class Cloner implements SolutionCloner<RosterPlan> {

        @Override
        public RosterPlan cloneSolution(RosterPlan original) {
            var copy = new RosterPlan(original.rules, original.guards, original.slots.stream().map(Slot::copy).toList());
            copy.score = original.score;
            return copy;
        }

    }

    public WorkRules getRules() {
        return rules;
    }

    public List<Guard> getGuards() {
        return guards;
    }

    public List<Slot> getSlots() {
        return slots;
    }

    public @Nullable HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(@Nullable HardMediumSoftLongScore score) {
        this.score = score;
    }

}
