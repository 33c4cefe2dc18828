package org.garrison.duty.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.garrison.duty.PenaltyItem;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** R7–R9 on a post check: findings get a deadline, a proposal needs a guard, covert ones wait to be published. */
class PostCheckTests {

    private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);

    private static PostCheck check(CheckKind kind, @Nullable Long guard, boolean present, Set<CheckItem> failed,
            @Nullable String findings, @Nullable LocalDate by, @Nullable PenaltyItem proposed) {
        return new PostCheck(11, null, 3, "队长 何勇", CheckerRole.TEAM_LEADER, kind, Instant.parse("2026-12-06T14:00:00Z"),
                SUNDAY, guard, guard == null ? null : "马超", present, failed, findings, by, proposed);
    }

    @Test
    void aCleanCheckNeedsNoDeadlineAndProposesNothing() {
        var check = check(CheckKind.ROUTINE, 7L, true, Set.of(), " ", null, null);
        assertThat(check.getFailedItems()).isEmpty();
        assertThat(check.getFindings()).isNull();
        assertThat(check.wantsViolation()).isFalse();
        assertThat(check.isPublished()).isTrue();
    }

    @Test
    void aGuardAwayFromHisPostFailsTheAtPostLine() {
        var check = check(CheckKind.SURPRISE, 7L, false, Set.of(), null, SUNDAY, null);
        assertThat(check.getFailedItems()).containsExactly(CheckItem.AT_POST);
    }

    @Test
    void aFailedLineOrAFindingNeedsARectificationDay() {
        assertThatThrownBy(() -> check(CheckKind.ROUTINE, 7L, true, Set.of(CheckItem.UNIFORM), null, null, null))
            .isInstanceOf(DomainException.class).hasMessage("duty.check.deadlineRequired");
        assertThatThrownBy(() -> check(CheckKind.ROUTINE, 7L, true, Set.of(), "岗亭内有烟头", null, null))
            .isInstanceOf(DomainException.class).hasMessage("duty.check.deadlineRequired");
        assertThatThrownBy(() -> check(CheckKind.ROUTINE, 7L, false, Set.of(), null, null, null))
            .as("absent guard").isInstanceOf(DomainException.class).hasMessage("duty.check.deadlineRequired");
    }

    @Test
    void theRectificationDayMayBeTheCheckDayButNotBefore() {
        assertThat(check(CheckKind.ROUTINE, 7L, true, Set.of(CheckItem.UNIFORM), null, SUNDAY, null).getRectifyBy())
            .isEqualTo(SUNDAY);
        assertThatThrownBy(() -> check(CheckKind.ROUTINE, 7L, true, Set.of(CheckItem.UNIFORM), null, SUNDAY.minusDays(1), null))
            .isInstanceOf(DomainException.class).hasMessage("duty.check.deadlineBeforeCheck");
    }

    @Test
    void aProposedPenaltyItemNeedsTheGuard() {
        assertThatThrownBy(() -> check(CheckKind.ROUTINE, null, true, Set.of(CheckItem.UNIFORM), null, SUNDAY, PenaltyItem.UNIFORM))
            .isInstanceOf(DomainException.class).hasMessage("duty.check.proposalNeedsGuard");
        assertThat(check(CheckKind.ROUTINE, 7L, true, Set.of(CheckItem.UNIFORM), null, SUNDAY, PenaltyItem.UNIFORM)
            .wantsViolation()).isTrue();
    }

    @Test
    void aCovertInspectionProposesItsViolationOnlyOncePublishedAndIsPublishedOnce() {
        var check = check(CheckKind.COVERT, 7L, true, Set.of(CheckItem.NO_DISTRACTION), "玩手机游戏", SUNDAY.plusDays(1),
                PenaltyItem.DISTRACTED);
        assertThat(check.isPublished()).isFalse();
        assertThat(check.wantsViolation()).isFalse();
        check.publish();
        assertThat(check.wantsViolation()).isTrue();
        check.violationRaised(9);
        assertThat(check.wantsViolation()).as("raised once").isFalse();
        assertThatThrownBy(check::publish).isInstanceOf(DomainException.class).hasMessage("duty.check.alreadyPublished");
    }

    @Test
    void openAndOtherKindsArePublishedAtOnce() {
        for (CheckKind kind : new CheckKind[] { CheckKind.ROUTINE, CheckKind.SURPRISE, CheckKind.SPECIAL, CheckKind.OPEN }) {
            assertThat(check(kind, null, true, Set.of(), null, null, null).isPublished()).as(kind.name()).isTrue();
        }
    }

    @Test
    void aSundayCheckCountsForTheWeekThatBeganOnMonday() throws Exception {
        var check = check(CheckKind.ROUTINE, null, true, Set.of(), null, null, null);
        var field = PostCheck.class.getDeclaredField("weekStart");
        field.setAccessible(true);
        assertThat(field.get(check)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void everyChecklistLineBreaksTheRulebookItemR9Names() {
        assertThat(CheckItem.UNIFORM.breaks()).isEqualTo(PenaltyItem.UNIFORM);
        assertThat(CheckItem.SURROUNDINGS.breaks().number()).isEqualTo(2);
        assertThat(CheckItem.POLITE.breaks().number()).isEqualTo(3);
        assertThat(CheckItem.VISITORS_REGISTERED.breaks().number()).isEqualTo(5);
        assertThat(CheckItem.NO_PRIVATE_CALLS.breaks().number()).isEqualTo(10);
        assertThat(CheckItem.NO_DISTRACTION.breaks().number()).isEqualTo(11);
        assertThat(CheckItem.values()).hasSize(7);
    }

}
