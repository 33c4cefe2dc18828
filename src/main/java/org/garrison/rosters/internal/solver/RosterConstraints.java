package org.garrison.rosters.internal.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toConsecutiveSequences;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.common.Sequence;

/**
 * The roster's rules. Hard: a guard only where cleared, not on leave, tall enough and certified for the post; one
 * shift at a time; enough rest between shifts, also next to the published shifts just outside the period; at least one
 * day off in seven, counting the published days next to it. Medium: every place covered. Soft:
 * nights and weekends shared out evenly (squares of counts), guards kept at their usual site and post, as few
 * changes as possible to the published roster. Each constraint names its match in words ({@link RuleBreak}).
 */
public class RosterConstraints implements ConstraintProvider {

    /** Constraint names, also the keys of their titles ({@code rosters.constraint.<name>}). */
    public static final String BLOCKED = "blocked", OVERLAP = "overlap", REST = "rest", DAY_OFF = "dayOff",
            UNCOVERED = "uncovered", NIGHTS = "nights", WEEKENDS = "weekends", AWAY = "awayFromSite",
            OTHER_POST = "otherPost", CHANGED = "changed", PREFERENCE = "preference", REST_EDGE = "restEdge";

    static final int AWAY_WEIGHT = 10, OTHER_POST_WEIGHT = 2, CHANGE_WEIGHT = 20, PREFERENCE_WEIGHT = 5;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] { blocked(factory), overlap(factory), rest(factory), restEdge(factory), dayOff(factory),
                uncovered(factory), nights(factory), weekends(factory), away(factory), otherPost(factory),
                changed(factory), preference(factory) };
    }

    Constraint blocked(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
            .filter(s -> s.getGuard().blockerFor(s).isPresent())
            .penalize(HardMediumSoftLongScore.ONE_HARD)
            .justifyWith((s, score) -> {
                var blocker = s.getGuard().blockerFor(s).orElseThrow();
                return RuleBreak.of("rosters.rule.blocked", s.getGuard().getName(), s.label(), blocker.asArg());
            })
            .asConstraint(BLOCKED);
    }

    Constraint overlap(ConstraintFactory factory) {
        return factory.forEachUniquePair(Slot.class, Joiners.equal(Slot::getGuard),
                Joiners.overlapping(Slot::getStartMinute, Slot::getEndMinute))
            .penalize(HardMediumSoftLongScore.ONE_HARD)
            .justifyWith((a, b, score) -> RuleBreak.of("rosters.rule.overlap", a.getGuard().getName(), a.label(), b.label()))
            .asConstraint(OVERLAP);
    }

    Constraint rest(ConstraintFactory factory) {
        return factory.forEachUniquePair(Slot.class, Joiners.equal(Slot::getGuard))
            .filter((a, b) -> !a.overlaps(b))
            .join(WorkRules.class)
            .filter((a, b, rules) -> a.restBetween(b) < rules.restMinutes())
            .penalize(HardMediumSoftLongScore.ONE_HARD)
            .justifyWith((a, b, rules, score) -> RuleBreak.of("rosters.rule.rest", a.getGuard().getName(), a.label(),
                    b.label(), SlotChecks.hours(a.restBetween(b))))
            .asConstraint(REST);
    }

    /** Rest between a slot and the guard's published shift just before or just after the period. */
    Constraint restEdge(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
            .join(WorkRules.class)
            .filter((s, rules) -> s.getGuard().getHistory().restBreak(s, s.getGuard(), rules.restMinutes()).isPresent())
            .penalize(HardMediumSoftLongScore.ONE_HARD)
            .justifyWith((s, rules, score) -> s.getGuard().getHistory().restBreak(s, s.getGuard(), rules.restMinutes())
                .orElseThrow())
            .asConstraint(REST_EDGE);
    }

    /**
     * Days in a row with a shift, counting the published days right before a run that starts the period and right
     * after one that ends it.
     */
    Constraint dayOff(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
            .groupBy(Slot::getGuard, toConsecutiveSequences(Slot::getDayIndex))
            .flattenLast(chain -> chain.getConsecutiveSequences())
            .join(WorkRules.class)
            .filter((guard, run, rules) -> days(guard, run) > rules.maxWorkDays())
            .penalize(HardMediumSoftLongScore.ONE_HARD, (guard, run, rules) -> days(guard, run) - rules.maxWorkDays())
            .justifyWith((guard, run, rules, score) -> RuleBreak.of("rosters.rule.dayOff", guard.getName(),
                    Slot.dayLabel(run.getFirstItem().getDay().minusDays(
                            guard.getHistory().joinedBefore(run.getFirstItem().getDayIndex()))),
                    Slot.dayLabel(run.getLastItem().getDay().plusDays(
                            guard.getHistory().joinedAfter(run.getLastItem().getDayIndex()))),
                    days(guard, run)))
            .asConstraint(DAY_OFF);
    }

    private static int days(Guard guard, Sequence<Slot, Integer> run) {
        int first = run.getFirstItem().getDayIndex();
        int last = run.getLastItem().getDayIndex();
        return last - first + 1 + guard.getHistory().daysJoining(first, last);
    }

    Constraint uncovered(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Slot.class)
            .filter(s -> s.getGuard() == null)
            .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
            .justifyWith((s, score) -> RuleBreak.of("rosters.rule.uncovered", s.label()))
            .asConstraint(UNCOVERED);
    }

    Constraint nights(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
            .filter(Slot::isNight)
            .groupBy(Slot::getGuard, count())
            .filter((guard, n) -> n > 1)
            .penalize(HardMediumSoftLongScore.ONE_SOFT, (guard, n) -> n * n)
            .justifyWith((guard, n, score) -> RuleBreak.of("rosters.rule.nights", guard.getName(), n))
            .asConstraint(NIGHTS);
    }

    Constraint weekends(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
            .filter(Slot::isWeekend)
            .groupBy(Slot::getGuard, count())
            .filter((guard, n) -> n > 1)
            .penalize(HardMediumSoftLongScore.ONE_SOFT, (guard, n) -> n * n)
            .justifyWith((guard, n, score) -> RuleBreak.of("rosters.rule.weekends", guard.getName(), n))
            .asConstraint(WEEKENDS);
    }

    Constraint away(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
            .filter(s -> s.getGuard().getHomeSite() != null && s.getGuard().getHomeSite() != s.getSiteId())
            .penalize(HardMediumSoftLongScore.ofSoft(AWAY_WEIGHT))
            .justifyWith((s, score) -> RuleBreak.of("rosters.rule.away", s.getGuard().getName(), s.label()))
            .asConstraint(AWAY);
    }

    Constraint otherPost(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
            .filter(s -> s.getGuard().getHomePost() != null && s.getGuard().getHomePost() != s.getPostId()
                    && s.getGuard().getHomeSite() != null && s.getGuard().getHomeSite() == s.getSiteId())
            .penalize(HardMediumSoftLongScore.ofSoft(OTHER_POST_WEIGHT))
            .justifyWith((s, score) -> RuleBreak.of("rosters.rule.otherPost", s.getGuard().getName(), s.label()))
            .asConstraint(OTHER_POST);
    }

    Constraint changed(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Slot.class)
            .filter(s -> s.getPreviousGuard() != null
                    && (s.getGuard() == null || s.getGuard().getId() != s.getPreviousGuard()))
            .penalize(HardMediumSoftLongScore.ofSoft(CHANGE_WEIGHT))
            .justifyWith((s, score) -> RuleBreak.of("rosters.rule.changed", s.label()))
            .asConstraint(CHANGED);
    }

    Constraint preference(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
            .filter(s -> s.getGuard().getPreferences().against(s) != null)
            .penalize(HardMediumSoftLongScore.ofSoft(PREFERENCE_WEIGHT))
            .justifyWith((s, score) -> RuleBreak.of("rosters.rule.preference", s.getGuard().getName(), s.label(),
                    s.getGuard().getPreferences().against(s)))
            .asConstraint(PREFERENCE);
    }

}
