package org.garrison.siteops.preparedness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.preparedness.EmergencyPlan.Content;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

class EmergencyPlanTests {

    private static final Instant NOW = Instant.parse("2026-11-21T03:00:00Z");

    private static final long AUTHOR = 3;

    private static final long APPROVER = 5;

    @Test
    void planIsApprovedBySomeoneOtherThanItsAuthorBeforeItCanBeActivated() {
        var plan = plan();
        assertThatThrownBy(plan::stepsForActivation).hasMessage("siteops.plan.notApproved");
        assertThatThrownBy(() -> plan.decide(true, null, APPROVER, "人防部 李强", NOW)).hasMessage("siteops.plan.notSubmitted");
        plan.submit();
        assertThatThrownBy(() -> plan.decide(true, null, AUTHOR, "队长 何勇", NOW)).hasMessage("siteops.plan.authorCannotDecide");
        assertThatThrownBy(() -> plan.decide(false, " ", APPROVER, "人防部 李强", NOW)).hasMessage("siteops.plan.rejectionNeedsNote");
        assertThatThrownBy(() -> plan.change(content())).hasMessage("siteops.plan.awaitingDecision");

        plan.decide(true, null, APPROVER, "人防部 李强", NOW);
        assertThat(plan.getStatus()).isEqualTo(EmergencyPlan.Status.APPROVED);
        assertThat(plan.stepsForActivation().get(ResponsePhase.HANDLING)).containsExactly("使用灭火器扑救初起火灾", "引导人员疏散");
    }

    @Test
    void changingAnApprovedPlanMakesItADraftThatNeedsApprovalAgain() {
        var plan = plan();
        plan.submit();
        plan.decide(true, null, APPROVER, "人防部 李强", NOW);
        plan.change(content());
        assertThat(plan.getStatus()).isEqualTo(EmergencyPlan.Status.DRAFT);
        assertThatThrownBy(plan::stepsForActivation).hasMessage("siteops.plan.notApproved");
    }

    @Test
    void everyPhaseNeedsAStep() {
        assertThatThrownBy(() -> new EmergencyPlan(1, new Content(IncidentType.FIRE, "火灾预案", "发现火情立即报告", " \n", "扑救", "复盘",
                null, null, null), AUTHOR, "队长 何勇"))
            .hasMessage("siteops.plan.everyPhaseNeedsSteps");
    }

    @Test
    void activationTurnsTheStepsIntoAChecklistWorkedThroughPhaseByPhase() {
        var plan = plan();
        ReflectionTestUtils.setField(plan, "id", 9L);
        plan.submit();
        plan.decide(true, null, APPROVER, "人防部 李强", NOW);
        var response = new EmergencyResponse(7, plan, NOW, "保安员 马超");

        assertThat(response.getSteps()).extracting(ResponseStep::getStepText)
            .containsExactly("发现火情立即报告监控室", "启动消防广播", "拨打 119", "使用灭火器扑救初起火灾", "引导人员疏散", "清点人员", "评估损失并总结");
        assertThat(response.currentPhase()).isEqualTo(ResponsePhase.WARNING);
        assertThatThrownBy(() -> response.complete(3, NOW, "队长")).hasMessage("siteops.response.earlierPhaseOpen");

        response.complete(0, NOW.plusSeconds(30), "保安员 马超");
        assertThat(response.getSteps().get(0).getDoneAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(response.currentPhase()).isEqualTo(ResponsePhase.ACTIVATION);
        assertThatThrownBy(() -> response.complete(0, NOW, "队长")).hasMessage("siteops.response.stepDone");
        response.complete(2, NOW.plusSeconds(60), "队长");
        response.complete(1, NOW.plusSeconds(90), "队长");
        for (int position = 3; position < 7; position++) {
            response.complete(position, NOW.plusSeconds(100 + position), "队长");
        }
        assertThat(response.isFinished()).isTrue();
        assertThatThrownBy(() -> response.complete(99, NOW, "队长")).hasMessage("siteops.response.noSuchStep");
    }

    private static EmergencyPlan plan() {
        return new EmergencyPlan(1, content(), AUTHOR, "队长 何勇");
    }

    private static Content content() {
        return new Content(IncidentType.FIRE, "营业厅火灾应急预案", "发现火情立即报告监控室", "启动消防广播\n拨打 119",
                "使用灭火器扑救初起火灾\n引导人员疏散", "清点人员\n评估损失并总结", "灭火器 8 具", "监控室 0755-8888", "东侧安全出口至停车场");
    }

}
