package org.garrison.rosters.internal.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Solves a roster with Timefold Solver within a time limit (stopping early once nothing improves for a while),
 * then explains the result: every broken rule from the constraints' justifications, and for every uncovered place
 * why no candidate could take it.
 */
public final class RosterSolver {

    private final SolverFactory<RosterPlan> factory;

    private final SolutionManager<RosterPlan, HardMediumSoftLongScore> analysis;

    public RosterSolver(Duration timeLimit) {
        var termination = new TerminationConfig().withSpentLimit(timeLimit)
            .withUnimprovedSpentLimit(timeLimit.dividedBy(4).compareTo(Duration.ofSeconds(2)) < 0 ? Duration.ofSeconds(2)
                    : timeLimit.dividedBy(4));
        var config = new SolverConfig().withSolutionClass(RosterPlan.class)
            .withEntityClasses(Slot.class)
            .withConstraintProviderClass(RosterConstraints.class)
            .withTerminationConfig(termination);
        this.factory = SolverFactory.create(config);
        this.analysis = SolutionManager.create(factory);
    }

    /** The solved roster, its score and what it breaks. */
    public record Solved(RosterPlan plan, HardMediumSoftLongScore score, List<Finding> findings) {
    }

    /**
     * Starts from the greedy first-fit roster (so even a short limit leaves every place a first fit can fill
     * filled) and improves it: places still open, fairness, continuity and stability.
     */
    public Solved solve(RosterPlan problem) {
        RosterPlan best = factory.buildSolver().solve(GreedyRoster.fill(problem));
        return explain(best);
    }

    /** Scores and explains a roster as it stands (e.g. the greedy one, or a hand-edited draft). */
    public Solved explain(RosterPlan plan) {
        analysis.update(plan);
        var result = analysis.analyze(plan);
        var findings = new ArrayList<Finding>();
        for (var constraint : result.constraintAnalyses()) {
            var score = constraint.score();
            var level = score.hardScore() != 0 ? Finding.Level.HARD
                    : score.mediumScore() != 0 ? Finding.Level.MEDIUM : Finding.Level.SOFT;
            if (constraint.matches() == null || constraint.constraintName().equals(RosterConstraints.UNCOVERED)) {
                continue;
            }
            for (var match : constraint.matches()) {
                if (match.justification() instanceof RuleBreak why) {
                    findings.add(new Finding(constraint.constraintName(), level, why));
                }
            }
        }
        findings.addAll(whyUncovered(plan));
        findings.sort(Comparator.comparing(Finding::level).thenComparing(Finding::constraint));
        return new Solved(plan, plan.getScore(), findings);
    }

    /** For every uncovered place: how many candidates each rule kept out (or that nobody is a candidate). */
    static List<Finding> whyUncovered(RosterPlan plan) {
        Map<Guard, List<Slot>> byGuard = new HashMap<>();
        plan.getSlots().stream().filter(s -> s.getGuard() != null)
            .forEach(s -> byGuard.computeIfAbsent(s.getGuard(), g -> new ArrayList<>()).add(s));
        var findings = new ArrayList<Finding>();
        for (Slot slot : plan.getSlots()) {
            if (slot.getGuard() != null) {
                continue;
            }
            var counts = new int[SlotChecks.Kind.values().length];
            for (Guard candidate : slot.getCandidates()) {
                SlotChecks.problems(slot, candidate, byGuard.getOrDefault(candidate, List.of()), plan.getRules())
                    .stream()
                    .map(SlotChecks.Problem::kind)
                    .distinct()
                    .forEach(kind -> counts[kind.ordinal()]++);
            }
            var why = slot.getCandidates().isEmpty() ? RuleBreak.of("rosters.rule.noCandidates", slot.label())
                    : RuleBreak.of("rosters.rule.uncoveredWhy", slot.label(), slot.getCandidates().size(),
                            counts[SlotChecks.Kind.BLOCKED.ordinal()], counts[SlotChecks.Kind.OVERLAP.ordinal()],
                            counts[SlotChecks.Kind.REST.ordinal()], counts[SlotChecks.Kind.DAY_OFF.ordinal()]);
            findings.add(new Finding(RosterConstraints.UNCOVERED, Finding.Level.MEDIUM, why));
        }
        return findings;
    }

}
