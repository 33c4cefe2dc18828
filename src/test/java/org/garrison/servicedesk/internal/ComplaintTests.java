package org.garrison.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ComplaintTests {

    private static final Instant FILED = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void walksTheWholeFlowFromSubmissionToClosing() {
        var complaint = general();
        assertThat(complaint.getState()).isEqualTo(ComplaintState.SUBMITTED);
        assertThat(complaint.getState().step()).isNull();

        complaint.accept("客服 周敏", LocalDate.of(2026, 11, 23), true, null, null);
        assertThat(complaint.getState()).isEqualTo(ComplaintState.INVESTIGATING);
        assertThat(complaint.getAcceptance().getAcceptedBy()).isEqualTo("客服 周敏");
        assertThat(complaint.getState().step()).isEqualTo("INVESTIGATE");

        complaint.investigate("情况属实", "王强");
        assertThat(complaint.getState()).isEqualTo(ComplaintState.CONFIRMING);
        complaint.confirm("王强、陈刚");
        assertThat(complaint.getState()).isEqualTo(ComplaintState.DRAFTING);
        assertThat(complaint.draft("调岗并培训", Responsibility.STAFF, null)).isFalse();
        assertThat(complaint.getState()).isEqualTo(ComplaintState.ANSWERING);
        complaint.answer("已调岗", false);
        assertThat(complaint.getState()).isEqualTo(ComplaintState.RETURN_VISIT);
        complaint.returnVisit("客户满意", FILED.plusSeconds(86_400));
        assertThat(complaint.getState()).isEqualTo(ComplaintState.CLOSED);
        assertThat(complaint.getClosedAt()).isEqualTo(FILED.plusSeconds(86_400));
    }

    @Test
    void keepsTheFormAsWrittenWithoutSurroundingBlanks() {
        var complaint = general();
        assertThat(complaint.getClientName()).isEqualTo("鹏城银行深圳分行");
        assertThat(complaint.getStatement().getRemarks()).isNull();
        assertThat(complaint.getChannel()).isEqualTo(ComplaintChannel.PHONE);
    }

    @Test
    void refusesStepsOutOfOrder() {
        var complaint = general();
        assertThatThrownBy(() -> complaint.investigate("x", "y")).isInstanceOf(DomainException.class)
            .hasMessage("servicedesk.complaint.wrongState");
        complaint.accept("客服", LocalDate.of(2026, 11, 23), true, null, null);
        assertThatThrownBy(() -> complaint.accept("客服", LocalDate.of(2026, 11, 23), true, null, null))
            .hasMessage("servicedesk.complaint.wrongState");
        assertThatThrownBy(() -> complaint.answer("x", false)).hasMessage("servicedesk.complaint.wrongState");
        assertThat(complaint.getState()).isEqualTo(ComplaintState.INVESTIGATING);
    }

    @Test
    void customerServiceClassifiesOnAcceptance() {
        var refused = general();
        assertThatThrownBy(() -> refused.accept("客服", LocalDate.of(2026, 11, 23), true, ComplaintCategory.FEE_DEDUCTION, null))
            .hasMessage("servicedesk.complaint.claimNeeded");
        assertThat(refused.getState()).isEqualTo(ComplaintState.SUBMITTED);

        var deduction = general();
        deduction.accept("客服", LocalDate.of(2026, 11, 23), true, ComplaintCategory.FEE_DEDUCTION, new BigDecimal("800"));
        assertThat(deduction.getCategory()).isEqualTo(ComplaintCategory.FEE_DEDUCTION);
        assertThat(deduction.getClaim().getClaimedAmount()).isEqualByComparingTo("800");

        var unjustified = general();
        unjustified.accept("客服", LocalDate.of(2026, 11, 23), false, ComplaintCategory.UNJUSTIFIED, new BigDecimal("800"));
        assertThat(unjustified.getCategory()).isEqualTo(ComplaintCategory.UNJUSTIFIED);
        assertThat(unjustified.getClaim().getClaimedAmount()).isNull();

        var kept = general();
        kept.accept("客服", LocalDate.of(2026, 11, 23), true, null, null);
        assertThat(kept.getCategory()).isEqualTo(ComplaintCategory.GENERAL);
    }

    @Test
    void feeDeductionComplaintNeedsAClaimedAmount() {
        assertThatThrownBy(() -> complaint(ComplaintCategory.FEE_DEDUCTION, null))
            .hasMessage("servicedesk.complaint.claimNeeded");
        assertThatThrownBy(() -> complaint(ComplaintCategory.FEE_DEDUCTION, BigDecimal.ZERO))
            .hasMessage("servicedesk.complaint.claimNeeded");
    }

    @Test
    void claimBelongsToFeeDeductionComplaintsOnly() {
        assertThatThrownBy(() -> complaint(ComplaintCategory.GENERAL, new BigDecimal("100")))
            .hasMessage("servicedesk.complaint.claimOnlyForFeeDeduction");
    }

    @Test
    void compensationGoesToApprovalAndComesBackToDraftingWhenRefused() {
        var complaint = drafting(ComplaintCategory.FEE_DEDUCTION, new BigDecimal("2000.00"));
        assertThat(complaint.draft("扣减部分服务费", Responsibility.STAFF, new BigDecimal("1500.00"))).isTrue();
        assertThat(complaint.getState()).isEqualTo(ComplaintState.AWAITING_APPROVAL);
        assertThat(complaint.getState().step()).isNull();
        complaint.awaitApproval(42);
        assertThat(complaint.getResolution().getApprovalRequestId()).isEqualTo(42L);

        complaint.compensationRefused();
        assertThat(complaint.getState()).isEqualTo(ComplaintState.DRAFTING);
        assertThat(complaint.getResolution().getApprovalRequestId()).isNull();

        complaint.draft("扣减 1000 元", Responsibility.COMPANY, new BigDecimal("1000.00"));
        complaint.awaitApproval(43);
        complaint.compensationApproved();
        assertThat(complaint.getState()).isEqualTo(ComplaintState.ANSWERING);
    }

    @Test
    void zeroCompensationNeedsNoApproval() {
        var complaint = drafting(ComplaintCategory.FEE_DEDUCTION, new BigDecimal("2000.00"));
        assertThat(complaint.draft("不予扣减", Responsibility.NONE, BigDecimal.ZERO)).isFalse();
        assertThat(complaint.getResolution().getCompensation()).isNull();
        assertThat(complaint.getState()).isEqualTo(ComplaintState.ANSWERING);
    }

    @Test
    void generalComplaintIsNeverCompensated() {
        var complaint = drafting(ComplaintCategory.GENERAL, null);
        assertThatThrownBy(() -> complaint.draft("赔偿", Responsibility.STAFF, new BigDecimal("100")))
            .hasMessage("servicedesk.complaint.compensationOnlyForFeeDeduction");
        assertThat(complaint.getState()).isEqualTo(ComplaintState.DRAFTING);
    }

    @Test
    void compensationIsRefusedWithoutResponsibilityAboveTheClaimOrBelowZero() {
        var complaint = drafting(ComplaintCategory.FEE_DEDUCTION, new BigDecimal("2000.00"));
        assertThatThrownBy(() -> complaint.draft("x", Responsibility.NONE, new BigDecimal("100")))
            .hasMessage("servicedesk.complaint.compensationWithoutResponsibility");
        assertThatThrownBy(() -> complaint.draft("x", Responsibility.STAFF, new BigDecimal("2000.01")))
            .hasMessage("servicedesk.complaint.compensationAboveClaim");
        assertThatThrownBy(() -> complaint.draft("x", Responsibility.STAFF, new BigDecimal("-1")))
            .hasMessage("servicedesk.complaint.compensationNegative");
        assertThat(complaint.draft("x", Responsibility.STAFF, new BigDecimal("2000.00"))).isTrue();
    }

    @Test
    void answerWaitsForAnOpenMemo() {
        var complaint = drafting(ComplaintCategory.GENERAL, null);
        complaint.draft("调岗", Responsibility.STAFF, null);
        assertThatThrownBy(() -> complaint.answer("已调岗", true)).hasMessage("servicedesk.complaint.memoOpen");
        assertThat(complaint.getState()).isEqualTo(ComplaintState.ANSWERING);
    }

    @Test
    void offersExactlyTheStepItsStateAllowsAndNoneWhileApprovalIsAwaitedOrOnceClosed() {
        var complaint = complaint(ComplaintCategory.FEE_DEDUCTION, new BigDecimal("2000.00"));
        assertThat(complaint.nextSteps()).containsExactly(ComplaintStep.ACCEPT);
        complaint.accept("客服", LocalDate.of(2026, 11, 23), true, null, null);
        assertThat(complaint.nextSteps()).containsExactly(ComplaintStep.INVESTIGATE);
        complaint.investigate("属实", "王强");
        assertThat(complaint.nextSteps()).containsExactly(ComplaintStep.CONFIRM);
        complaint.confirm("王强");
        assertThat(complaint.nextSteps()).containsExactly(ComplaintStep.DRAFT);
        complaint.draft("扣减", Responsibility.STAFF, new BigDecimal("100"));
        assertThat(complaint.nextSteps()).isEmpty();
        complaint.awaitApproval(42);
        complaint.compensationApproved();
        assertThat(complaint.nextSteps()).containsExactly(ComplaintStep.ANSWER);
        complaint.answer("已扣减", false);
        assertThat(complaint.nextSteps()).containsExactly(ComplaintStep.RETURN_VISIT);
        complaint.returnVisit("满意", FILED);
        assertThat(complaint.nextSteps()).isEmpty();
    }

    @Test
    void everyOpenStateButTheApprovalHasOneStepAndEachStepItsOwnState() {
        for (var state : ComplaintState.values()) {
            long steps = java.util.Arrays.stream(ComplaintStep.values()).filter(step -> step.from() == state).count();
            assertThat(steps).as(state.name())
                .isEqualTo(state == ComplaintState.CLOSED || state == ComplaintState.AWAITING_APPROVAL ? 0 : 1);
        }
    }

    @Test
    void eachStepIsTakenByTheDepartmentTheRulebookNames() {
        var service = IntakeTests.user(ScopeLevel.COMPANY, null, ServiceDeskPermissions.COMPLAINTS_HANDLE);
        var operations = IntakeTests.user(ScopeLevel.BRANCH, 3L, ServiceDeskPermissions.COMPLAINTS_INVESTIGATE);
        var management = IntakeTests.user(ScopeLevel.COMPANY, null, ServiceDeskPermissions.MEMOS_DECIDE,
                ServiceDeskPermissions.COMPLAINTS_VIEW);
        assertThat(java.util.Arrays.stream(ComplaintStep.values()).filter(step -> step.takenBy(service)))
            .containsExactly(ComplaintStep.ACCEPT, ComplaintStep.DRAFT, ComplaintStep.ANSWER, ComplaintStep.RETURN_VISIT);
        assertThat(java.util.Arrays.stream(ComplaintStep.values()).filter(step -> step.takenBy(operations)))
            .containsExactly(ComplaintStep.INVESTIGATE, ComplaintStep.CONFIRM);
        assertThat(java.util.Arrays.stream(ComplaintStep.values()).filter(step -> step.takenBy(management))).isEmpty();
    }

    @Test
    void aMemoMayBeFiledWhileTheComplaintIsOpenOnly() {
        var complaint = drafting(ComplaintCategory.GENERAL, null);
        assertThat(complaint.acceptsMemo()).isTrue();
        complaint.requireMemoAccepted();
        complaint.draft("调岗", Responsibility.STAFF, null);
        complaint.answer("已调岗", false);
        assertThat(complaint.acceptsMemo()).isTrue();
        complaint.returnVisit("客户满意", FILED);
        assertThat(complaint.acceptsMemo()).isFalse();
        assertThatThrownBy(complaint::requireMemoAccepted).isInstanceOf(DomainException.class)
            .hasMessage("servicedesk.memo.complaintClosed");
    }

    @Test
    void newStepClockClearsTheOverdueMark() {
        var complaint = general();
        complaint.markOverdue();
        assertThat(complaint.getStepClock().isOverdue()).isTrue();
        complaint.stepClock("KS-1/INVESTIGATE", FILED);
        assertThat(complaint.getStepClock().isOverdue()).isFalse();
        assertThat(complaint.getStepClock().getStepDueAt()).isEqualTo(FILED);
    }

    private static Complaint general() {
        return complaint(ComplaintCategory.GENERAL, null);
    }

    private static Complaint drafting(ComplaintCategory category, @Nullable BigDecimal claimed) {
        var complaint = complaint(category, claimed);
        complaint.accept("客服", LocalDate.of(2026, 11, 23), true, null, null);
        complaint.investigate("属实", "王强");
        complaint.confirm("王强");
        return complaint;
    }

    private static Complaint complaint(ComplaintCategory category, @Nullable BigDecimal claimed) {
        return new Complaint("KS-20261123-001", 7L, new ComplaintDetails(1, " 鹏城银行深圳分行 ", null, "0755-1",
                "态度生硬", "调岗", category, "ATTITUDE", ComplaintChannel.PHONE, "", null, null, claimed,
                claimed == null ? null : "第七条"), 3L, FILED);
    }

}
