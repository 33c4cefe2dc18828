package org.garrison.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.garrison.contracts.internal.Commitment.Reminder;
import org.junit.jupiter.api.Test;

/** Which reminder of a commitment or a return visit is due on a given day. */
class FollowUpRemindersTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static final Period THREE_DAYS = Period.ofDays(3);

    @Test
    void aCommitmentDueInExactlyTheLeadIsDueSoonOneDayMoreIsNot() {
        assertThat(due(TODAY.plusDays(3)).reminderDue(TODAY, THREE_DAYS)).isEqualTo(Reminder.DUE_SOON);
        assertThat(due(TODAY.plusDays(4)).reminderDue(TODAY, THREE_DAYS)).isNull();
    }

    @Test
    void aCommitmentDueTodayIsDueSoonNotYetOverdue() {
        assertThat(due(TODAY).reminderDue(TODAY, THREE_DAYS)).isEqualTo(Reminder.DUE_SOON);
        assertThat(due(TODAY).reminderDue(TODAY, Period.ZERO)).isEqualTo(Reminder.DUE_SOON);
    }

    @Test
    void aCommitmentOverdueByOneDayIsOverdue() {
        assertThat(due(TODAY.minusDays(1)).reminderDue(TODAY, THREE_DAYS)).isEqualTo(Reminder.OVERDUE);
    }

    @Test
    void aKeptCommitmentIsNeverReminded() {
        var early = due(TODAY.plusDays(2));
        early.kept(TODAY, "已完成");
        assertThat(early.reminderDue(TODAY, THREE_DAYS)).isNull();
        var late = due(TODAY.minusDays(5));
        late.kept(TODAY, "已完成");
        assertThat(late.reminderDue(TODAY, THREE_DAYS)).isNull();
    }

    @Test
    void eachStageIsRemindedOnceDueSoonThenOverdue() {
        var commitment = due(TODAY.plusDays(2));
        commitment.reminded(Reminder.DUE_SOON);
        assertThat(commitment.reminderDue(TODAY, THREE_DAYS)).isNull();
        assertThat(commitment.reminderDue(TODAY.plusDays(2), THREE_DAYS)).isNull();
        assertThat(commitment.reminderDue(TODAY.plusDays(3), THREE_DAYS)).isEqualTo(Reminder.OVERDUE);
        commitment.reminded(Reminder.OVERDUE);
        assertThat(commitment.reminderDue(TODAY.plusDays(3), THREE_DAYS)).isNull();
        assertThat(commitment.reminderDue(TODAY.plusDays(30), THREE_DAYS)).isNull();
    }

    @Test
    void aCommitmentFirstSeenOverdueGetsOnlyTheOverdueReminder() {
        var commitment = due(TODAY.minusDays(13));
        assertThat(commitment.reminderDue(TODAY, THREE_DAYS)).isEqualTo(Reminder.OVERDUE);
        commitment.reminded(Reminder.OVERDUE);
        assertThat(commitment.reminderDue(TODAY, THREE_DAYS)).isNull();
    }

    @Test
    void aReturnVisitIsRemindedFromItsDayOnceUntilDone() {
        var visit = ContractSamples.returnVisit(1, TODAY);
        assertThat(visit.reminderDue(TODAY.minusDays(1))).isFalse();
        assertThat(visit.reminderDue(TODAY)).isTrue();
        assertThat(visit.reminderDue(TODAY.plusDays(1))).isTrue();
        visit.reminded(TODAY);
        assertThat(visit.reminderDue(TODAY.plusDays(1))).isFalse();
        assertThat(visit.isDue(TODAY.plusDays(1))).isTrue();
    }

    @Test
    void aDoneReturnVisitIsNotRemindedButItsRepetitionIsWhenItsDayComes() {
        var monthly = new ReturnVisit(1, ReturnVisit.Method.PHONE, TODAY.minusDays(3), 1);
        var next = monthly.done(TODAY, "满意", true);
        assertThat(monthly.reminderDue(TODAY)).isFalse();
        assertThat(next).isNotNull();
        assertThat(next.reminderDue(TODAY)).isFalse();
        assertThat(next.reminderDue(TODAY.minusDays(3).plusMonths(1))).isTrue();
    }

    private static Commitment due(LocalDate due) {
        return ContractSamples.commitment(1, "调整夜间巡逻计划", due);
    }

}
