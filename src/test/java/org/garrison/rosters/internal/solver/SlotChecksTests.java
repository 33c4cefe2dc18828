package org.garrison.rosters.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The hard rules for one guard on one place, as hand edits, swaps and publishing check them. */
class SlotChecksTests {

    final Plans plans = new Plans();

    final Guard guard = new Guard(1, "张伟", 1L, 10L, 175, Map.of(2, Blocker.of("rosters.rule.onLeave")),
            Map.of(10L, Map.of(4, Blocker.of("people.gate.postRequires.DRIVING_LICENCE"))));

    @Test
    void aDayShiftRightAfterANightShiftHasNoRestAcrossMidnight() {
        var night = plans.slot(1, 0, 20 * 60, 32 * 60, "夜班");
        var nextDay = plans.slot(2, 1, 8 * 60, 20 * 60, "白班");

        var problems = SlotChecks.problems(nextDay, guard, List.of(night), WorkRules.DEFAULT);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(SlotChecks.Kind.REST);
            assertThat(p.kind().warningOnly()).isTrue();
            assertThat(p.why().args()).last().isEqualTo("0");
        });
    }

    @Test
    void eightHoursOfRestIsEnoughAndSevenAndAHalfIsNot() {
        var early = plans.slot(1, 0, 0, 8 * 60, "晚班");
        assertThat(SlotChecks.problems(plans.slot(2, 0, 16 * 60, 24 * 60, "中班"), guard, List.of(early), WorkRules.DEFAULT))
            .isEmpty();
        assertThat(SlotChecks.problems(plans.slot(3, 0, 15 * 60 + 30, 23 * 60, "x"), guard, List.of(early),
                WorkRules.DEFAULT))
            .extracting(SlotChecks.Problem::kind)
            .containsExactly(SlotChecks.Kind.REST);
    }

    @Test
    void overlappingShiftsAreADoubleBooking() {
        var day = plans.slot(1, 0, 8 * 60, 20 * 60, "白班");
        var other = plans.slot(2, 0, 12 * 60, 16 * 60, "x");
        assertThat(SlotChecks.problems(other, guard, List.of(day), WorkRules.DEFAULT)).extracting(SlotChecks.Problem::kind)
            .containsExactly(SlotChecks.Kind.OVERLAP);
    }

    @Test
    void theSeventhDayInARowBreaksTheDayOffInSevenButTheSixthDoesNot() {
        var sixDays = List.of(plans.slot(10, 5, 480, 1200, "白班"), plans.slot(11, 6, 480, 1200, "白班"),
                plans.slot(12, 7, 480, 1200, "白班"), plans.slot(13, 8, 480, 1200, "白班"), plans.slot(14, 9, 480, 1200, "白班"));
        var free = new Guard(2, "李强", null, null, 180, Map.of(), Map.of());

        assertThat(SlotChecks.allowed(plans.slot(15, 10, 480, 1200, "白班"), free, sixDays, WorkRules.DEFAULT)).isTrue();
        var withSixth = new java.util.ArrayList<>(sixDays);
        withSixth.add(plans.slot(15, 10, 480, 1200, "白班"));
        assertThat(SlotChecks.problems(plans.slot(16, 11, 480, 1200, "白班"), free, withSixth, WorkRules.DEFAULT))
            .extracting(SlotChecks.Problem::kind)
            .containsExactly(SlotChecks.Kind.DAY_OFF);
        assertThat(SlotChecks.problems(plans.slot(4, 4, 480, 1200, "白班"), free, withSixth, WorkRules.DEFAULT))
            .extracting(SlotChecks.Problem::kind)
            .containsExactly(SlotChecks.Kind.DAY_OFF);
    }

    @Test
    void approvedLeaveAndAMissingPostCertificateBlockTheirDaysOnly() {
        assertThat(SlotChecks.problems(plans.slot(1, 2, 480, 1200, "白班"), guard, List.of(), WorkRules.DEFAULT))
            .singleElement()
            .satisfies(p -> assertThat(p.why().args()).contains("#rosters.rule.onLeave"));
        assertThat(SlotChecks.problems(plans.slot(2, 4, 480, 1200, "白班"), guard, List.of(), WorkRules.DEFAULT))
            .singleElement()
            .satisfies(p -> assertThat(p.why().args()).contains("#people.gate.postRequires.DRIVING_LICENCE"));
        assertThat(SlotChecks.allowed(plans.slot(3, 3, 480, 1200, "白班"), guard, List.of(), WorkRules.DEFAULT)).isTrue();
    }

    @Test
    void aGuardShorterThanThePostRequiresOrOfUnknownHeightIsBlocked() {
        var tallPost = new Slot(1, new Slot.Place(Plans.MONDAY, 0, 1, "华信大厦", 10, "大门岗", "白班", 480, 1200, false, false,
                178), List.of(), null);
        assertThat(guard.blockerFor(tallPost)).hasValueSatisfying(b -> assertThat(b.messageKey()).isEqualTo("rosters.rule.height"));
        var unknown = new Guard(3, "王磊", null, null, null, Map.of(), Map.of());
        assertThat(unknown.blockerFor(tallPost)).isPresent();
    }

}
