package org.garrison.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;

class CorrectiveActionTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void isCarriedOutAndItsEffectConfirmed() {
        var action = planned();
        assertThat(action.getState()).isEqualTo(CorrectiveState.OPEN);
        action.done("已组织夜班岗位培训", "人防部 王强", NOW);
        assertThat(action.getState()).isEqualTo(CorrectiveState.DONE);
        action.checkEffect(true, "一个月内无同类投诉", null, TODAY, "客服 周敏", NOW);
        assertThat(action.getState()).isEqualTo(CorrectiveState.EFFECTIVE);
        assertThat(action.getCheckedBy()).isEqualTo("客服 周敏");
        assertThat(action.getReopened()).isZero();
    }

    @Test
    void notEffectiveReopensByANewDueDateAndIsCarriedOutAgain() {
        var action = planned();
        action.done("已提醒", "王强", NOW);
        assertThatThrownBy(() -> action.checkEffect(false, "仍有脱岗", null, TODAY, "周敏", NOW))
            .hasMessage("servicedesk.corrective.newDueNeeded");
        action.checkEffect(false, "仍有脱岗", TODAY.plusDays(14), TODAY, "周敏", NOW);
        assertThat(action.getState()).isEqualTo(CorrectiveState.REOPENED);
        assertThat(action.getDueOn()).isEqualTo(TODAY.plusDays(14));
        assertThat(action.getReopened()).isEqualTo(1);
        action.done("调岗并培训", "王强", NOW);
        action.checkEffect(true, "已改善", null, TODAY, "周敏", NOW);
        assertThat(action.getState()).isEqualTo(CorrectiveState.EFFECTIVE);
    }

    @Test
    void refusesAnEffectCheckBeforeItIsCarriedOutAndChangesAfterwards() {
        var action = planned();
        assertThatThrownBy(() -> action.checkEffect(true, "x", null, TODAY, "周敏", NOW)).isInstanceOf(DomainException.class)
            .hasMessage("servicedesk.corrective.notDone");
        action.done("完成", "王强", NOW);
        assertThatThrownBy(() -> action.done("再次", "王强", NOW)).hasMessage("servicedesk.corrective.wrongState");
        assertThatThrownBy(() -> action.revise(plan(TODAY.plusDays(3), ActionOwner.TRAINING), TODAY))
            .hasMessage("servicedesk.corrective.wrongState");
    }

    @Test
    void refusesADueDateInThePast() {
        assertThatThrownBy(() -> new CorrectiveAction(1, 2, plan(TODAY.minusDays(1), ActionOwner.SECURITY_OPS), TODAY, "周敏", NOW))
            .hasMessage("servicedesk.corrective.dueInPast");
        var action = planned();
        action.done("完成", "王强", NOW);
        assertThatThrownBy(() -> action.checkEffect(false, "无效", TODAY.minusDays(1), TODAY, "周敏", NOW))
            .hasMessage("servicedesk.corrective.dueInPast");
    }

    @Test
    void isOverdueOnlyWhilePendingAndAlertedOncePerDueDate() {
        var action = planned();
        LocalDate late = TODAY.plusDays(8);
        assertThat(action.isOverdue(TODAY)).isFalse();
        assertThat(action.markOverdueAlerted(TODAY)).isFalse();
        assertThat(action.isOverdue(late)).isTrue();
        assertThat(action.markOverdueAlerted(late)).isTrue();
        assertThat(action.markOverdueAlerted(late)).isFalse();
        action.done("完成", "王强", NOW);
        assertThat(action.isOverdue(late)).isFalse();
    }

    @Test
    void revisingTellsWhetherTheOwnerChanged() {
        var action = planned();
        assertThat(action.revise(plan(TODAY.plusDays(10), ActionOwner.SECURITY_OPS), TODAY)).isFalse();
        assertThat(action.revise(plan(TODAY.plusDays(10), ActionOwner.TRAINING), TODAY)).isTrue();
        assertThat(action.getOwnerRole()).isEqualTo(ActionOwner.TRAINING);
    }

    private static CorrectiveAction planned() {
        return new CorrectiveAction(1, 2, plan(TODAY.plusDays(7), ActionOwner.SECURITY_OPS), TODAY, "客服 周敏", NOW);
    }

    private static CorrectiveAction.Plan plan(LocalDate due, ActionOwner owner) {
        return new CorrectiveAction.Plan(" 夜班队员擅离岗位 ", "加强查岗并培训", owner, "王强", due);
    }

}
