package org.garrison.rosters.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The solver on small fixed rosters: hard rules kept, uncovered places and broken soft rules explained. */
class RosterSolverTests {

    static final RosterSolver SOLVER = new RosterSolver(Duration.ofSeconds(2));

    @Test
    void threeGuardsCoverDayAndNightShiftsOfAWeekWithoutBreakingAHardRule() {
        var plans = new Plans().guards("张伟", "李强", "王磊");

        var solved = SOLVER.solve(plans.plan(7, true));

        assertThat(solved.score().hardScore()).isZero();
        assertThat(solved.score().mediumScore()).isZero();
        assertThat(solved.plan().getSlots()).allSatisfy(s -> assertThat(s.getGuard()).isNotNull());
        assertThat(solved.findings()).noneMatch(f -> f.level() != Finding.Level.SOFT);
    }

    @Test
    void aGuardNotClearedOnADayIsLeftOutAndThePlaceExplained() {
        var plans = new Plans().blocked(1, 1, "people.gate.noGuardLicence").guards("张伟");

        var solved = SOLVER.solve(plans.plan(3, false));

        assertThat(solved.plan().getSlots().get(1).getGuard()).isNull();
        assertThat(solved.plan().getSlots().get(0).getGuard()).isNotNull();
        assertThat(solved.score().hardScore()).isZero();
        assertThat(solved.findings()).filteredOn(f -> f.why().messageKey().equals("rosters.rule.uncoveredWhy"))
            .singleElement()
            .satisfies(f -> assertThat(f.why().args()).containsSubsequence("1", "1", "0", "0", "0"));
    }

    @Test
    void oneGuardWorksSixDaysInARowAndTheSeventhIsLeftUncoveredForHisDayOff() {
        var plans = new Plans().guards("张伟");

        var solved = SOLVER.solve(plans.plan(7, false));

        assertThat(solved.score().hardScore()).isZero();
        assertThat(solved.score().mediumScore()).isEqualTo(-1);
        assertThat(solved.findings()).filteredOn(f -> f.why().messageKey().equals("rosters.rule.uncoveredWhy"))
            .singleElement()
            .satisfies(f -> assertThat(f.why().args().get(5)).isEqualTo("1"));
    }

    @Test
    void twoGuardsCannotCoverRoundTheClockWithRestSoNightsAndDaysAlternateFairly() {
        var plans = new Plans().guards("张伟", "李强");

        var solved = SOLVER.solve(plans.plan(2, true));

        assertThat(solved.score().hardScore()).isZero();
        assertThat(solved.plan().getSlots()).allSatisfy(s -> assertThat(s.getGuard()).isNotNull());
        var first = solved.plan().getSlots().get(0).getGuard();
        assertThat(solved.plan().getSlots().get(2).getGuard()).isEqualTo(first);
    }

    @Test
    void theGreedyBaselineKeepsHardRulesAndIsExplainedTheSameWay() {
        var plans = new Plans().guards("张伟", "李强", "王磊");

        var greedy = SOLVER.explain(GreedyRoster.fill(plans.plan(7, true)));

        assertThat(greedy.score().hardScore()).isZero();
        assertThat(greedy.findings()).anyMatch(f -> f.constraint().equals(RosterConstraints.NIGHTS));
    }

    @Test
    void aGuardWhoWouldLikeSundaysOffGetsThemWhenAColleagueCanTakeTheShift() {
        var plans = new Plans().preferring(1, new Preferences(false, Set.of(DayOfWeek.SUNDAY))).guards("张伟", "李强");

        var solved = SOLVER.solve(plans.plan(7, false));

        assertThat(solved.score().hardScore()).isZero();
        var sunday = solved.plan().getSlots().get(6);
        assertThat(sunday.getDay().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(sunday.getGuard().getName()).isEqualTo("李强");
        assertThat(solved.findings()).noneMatch(f -> f.constraint().equals(RosterConstraints.PREFERENCE));
    }

    @Test
    void aNightGivenToAGuardWhoWouldRatherNotIsASoftFindingInWords() {
        var plans = new Plans().preferring(1, new Preferences(true, Set.of())).guards("张伟");
        var plan = plans.plan(1, true);
        plan.getSlots().get(1).setGuard(plans.guardList().get(0));

        var explained = SOLVER.explain(plan);

        assertThat(explained.findings()).filteredOn(f -> f.constraint().equals(RosterConstraints.PREFERENCE))
            .singleElement()
            .satisfies(f -> {
                assertThat(f.level()).isEqualTo(Finding.Level.SOFT);
                assertThat(f.why().messageKey()).isEqualTo("rosters.rule.preference");
                assertThat(f.why().args()).first().isEqualTo("张伟");
                assertThat(f.why().args()).last().isEqualTo("#rosters.preference.nights");
            });
        assertThat(explained.score().softScore()).isNegative();
    }

    @Test
    void aWishedForDayOffNamesTheWeekdayAndOtherShiftsBreakNoWish() {
        var wish = new Preferences(false, Set.of(DayOfWeek.SUNDAY));
        var plans = new Plans().guards("张伟");
        var plan = plans.plan(7, true);
        assertThat(wish.against(plan.getSlots().get(12))).isEqualTo("#rosters.preference.dayOff|#rosters.weekday.7");
        assertThat(wish.against(plan.getSlots().get(0))).isNull();
        assertThat(new Preferences(true, Set.of()).against(plan.getSlots().get(0))).as("a day shift").isNull();
        assertThat(Preferences.NONE.none()).isTrue();
    }

}
