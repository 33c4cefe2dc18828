package org.garrison.rosters.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The rules that reach across the period's edges: rest after the last published shift before it and before the first
 * after it, and the days in a row a guard has worked just before it or will work just after it.
 */
class PublishedEdgesTests {

    /** One or two slots: the first feasible answer is the best, so half a second is plenty. */
    static final RosterSolver SOLVER = new RosterSolver(java.time.Duration.ofMillis(500));

    /** Day 0 starts at minute 0 (Plans): a night shift of the day before ends at 08:00 on day 0. */
    static final long DAY_0_AT_8 = 8 * 60;

    @Test
    void aGuardComingOffAPublishedNightShiftIsNotGivenTheDayShiftThatStartsAsItEnds() {
        var plans = new Plans().history(1, before(DAY_0_AT_8, 1)).guards("张伟", "李强");

        var solved = SOLVER.solve(plans.plan(1, false));

        assertThat(solved.score().hardScore()).isZero();
        assertThat(solved.plan().getSlots().get(0).getGuard().getName()).isEqualTo("李强");
    }

    @Test
    void theRestBreakNamesThePublishedShiftInWords() {
        var plans = new Plans().history(1, before(DAY_0_AT_8 - 60, 1)).guards("张伟");
        var plan = plans.plan(1, false);
        plan.getSlots().get(0).setGuard(plans.guardList().get(0));

        var explained = SOLVER.explain(plan);

        assertThat(explained.score().hardScore()).isEqualTo(-1);
        assertThat(explained.findings()).filteredOn(f -> f.constraint().equals(RosterConstraints.REST_EDGE))
            .singleElement()
            .satisfies(f -> {
                assertThat(f.level()).isEqualTo(Finding.Level.HARD);
                assertThat(f.why().messageKey()).isEqualTo("rosters.rule.rest");
                assertThat(f.why().args()).containsExactly("张伟", "3/2 大门岗 夜班", "3/3 华信大厦 大门岗 白班", "1");
            });
    }

    @Test
    void restEndsExactlyAtTheLimitIsEnough() {
        var plans = new Plans().history(1, before(DAY_0_AT_8 - 8 * 60, 1)).guards("张伟");
        var plan = plans.plan(1, false);

        assertThat(SlotChecks.problems(plan.getSlots().get(0), plans.guardList().get(0), List.of(), WorkRules.DEFAULT))
            .isEmpty();
        assertThat(SlotChecks.problems(plan.getSlots().get(0), plans.guardList().get(0), List.of(),
                new WorkRules(8 * 60 + 1, 6))).extracting(SlotChecks.Problem::kind).containsExactly(SlotChecks.Kind.REST);
    }

    @Test
    void aNightShiftEndingWhenThePublishedRosterAfterThePeriodStartsBreaksTheRest() {
        var plans = new Plans().history(1, after(24 * 60 + DAY_0_AT_8, 1, 1)).guards("张伟");
        var plan = plans.plan(1, true);
        var night = plan.getSlots().get(1);

        var problems = SlotChecks.problems(night, plans.guardList().get(0), List.of(), WorkRules.DEFAULT);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(SlotChecks.Kind.REST);
            assertThat(p.why().args()).containsExactly("张伟", "3/3 华信大厦 大门岗 夜班", "3/4 大门岗 白班", "0");
        });
        assertThat(SlotChecks.problems(plan.getSlots().get(0), plans.guardList().get(0), List.of(), WorkRules.DEFAULT))
            .as("the day shift leaves 12 hours").isEmpty();
    }

    @Test
    void sixPublishedDaysInARowBeforeThePeriodMakeItsFirstDayTheDayOff() {
        var plans = new Plans().history(1, before(-4 * 60, 6)).guards("张伟");

        var solved = SOLVER.solve(plans.plan(2, false));

        assertThat(solved.score().hardScore()).isZero();
        assertThat(solved.plan().getSlots().get(0).getGuard()).isNull();
        assertThat(solved.plan().getSlots().get(1).getGuard()).isNotNull();
        assertThat(solved.findings()).filteredOn(f -> f.why().messageKey().equals("rosters.rule.uncoveredWhy"))
            .singleElement()
            .satisfies(f -> assertThat(f.why().args().get(5)).as("without a day off").isEqualTo("1"));
    }

    @Test
    void fivePublishedDaysBeforeLeaveRoomForOneMore() {
        var plans = new Plans().history(1, before(-4 * 60, 5)).guards("张伟");

        var solved = SOLVER.solve(plans.plan(1, false));

        assertThat(solved.plan().getSlots().get(0).getGuard()).isNotNull();
        assertThat(solved.score().hardScore()).isZero();
    }

    @Test
    void aRunThatEndsThePeriodCountsThePublishedDaysAfterItAndTheBreakNamesTheWholeRun() {
        var plans = new Plans().history(1, after(2 * 24 * 60 + DAY_0_AT_8, 5, 2)).guards("张伟");
        var plan = plans.plan(2, false);
        plan.getSlots().forEach(s -> s.setGuard(plans.guardList().get(0)));

        var explained = SOLVER.explain(plan);

        assertThat(explained.findings()).filteredOn(f -> f.constraint().equals(RosterConstraints.DAY_OFF))
            .singleElement()
            .satisfies(f -> assertThat(f.why().args()).containsExactly("张伟", "3/3", "3/9", "7"));
        var solved = SOLVER.solve(plans.plan(2, false));
        assertThat(solved.score().hardScore()).isZero();
        assertThat(solved.plan().getSlots().get(1).getGuard()).as("the last day is left for the day off").isNull();
    }

    /** The last published shift before the period ends at {@code endMinute}, after {@code days} days in a row. */
    private static History before(long endMinute, int days) {
        return new History(endMinute, "3/2 大门岗 夜班", days, null, null, 0, Integer.MAX_VALUE);
    }

    /** The first published shift after the period of {@code periodDays} starts at {@code startMinute}. */
    private static History after(long startMinute, int days, int periodDays) {
        return new History(null, null, 0, startMinute, "3/" + (3 + periodDays) + " 大门岗 白班", days, periodDays);
    }

}
