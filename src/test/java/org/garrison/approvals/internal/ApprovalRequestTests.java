package org.garrison.approvals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.garrison.approvals.ApprovalDecided;
import org.garrison.approvals.ApprovalDecided.Outcome;
import org.garrison.approvals.ApprovalId;
import org.garrison.approvals.internal.HistoryEntry.Action;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class ApprovalRequestTests {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    private final CurrentUser guard = Approvers.user(1, "GUARD");

    private final CurrentUser affairs = Approvers.user(2, "GENERAL_AFFAIRS");

    private final CurrentUser finance = Approvers.user(3, "FINANCE");

    private final ApprovalRequest request = new ApprovalRequest("EXPENSE_CLAIM", "打印机墨盒", new BigDecimal("300"), Set.of(),
            null, 7L, List.of(new RequestStep("GENERAL_AFFAIRS", null), new RequestStep("FINANCE", null)), guard, NOW);

    @BeforeEach
    void saved() {
        ReflectionTestUtils.setField(request, "id", 42L);
    }

    @Test
    void aNewRequestWaitsAtTheFirstStep() {
        assertThat(request.getStatus()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(request.getCurrentRole()).isEqualTo("GENERAL_AFFAIRS");
        assertThat(request.getHistory()).extracting(HistoryEntry::action).containsExactly(Action.SUBMITTED);
    }

    @Test
    void approvalMovesToTheNextStepThenApprovesAtTheLast() {
        request.approve(affairs, "同意", NOW);
        assertThat(request.getStatus()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(request.getCurrentRole()).isEqualTo("FINANCE");
        assertThat(notices()).extracting(NotificationRequested::kind).containsExactly("approval.pending");
        request.approve(finance, null, NOW);
        assertThat(request.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(request.getCurrentRole()).isNull();
        assertThat(request.getDecidedAt()).isEqualTo(NOW);
        assertThat(request.getHistory()).extracting(HistoryEntry::action, HistoryEntry::step, HistoryEntry::actorName)
            .containsExactly(tuple(Action.SUBMITTED, 1, "用户1"),
                    tuple(Action.APPROVED, 1, "用户2"),
                    tuple(Action.APPROVED, 2, "用户3"));
        assertThat(decisions()).containsExactly(new ApprovalDecided(new ApprovalId(42), "EXPENSE_CLAIM", Outcome.APPROVED, "/approvals/42"));
    }

    @Test
    void rejectionEndsTheRequestAndTellsTheSubmitter() {
        request.reject(affairs, "票据不全", NOW);
        assertThat(request.getStatus()).isEqualTo(ApprovalStatus.REJECTED);
        assertThat(notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("approval.decided");
            assertThat(n.userIds()).containsExactly(new UserId(1));
        });
    }

    @Test
    void rejectingAndSendingBackNeedAComment() {
        assertThatThrownBy(() -> request.reject(affairs, " ", NOW)).isInstanceOf(DomainException.class)
            .hasMessage("approvals.commentRequired");
        assertThatThrownBy(() -> request.sendBack(affairs, null, NOW)).isInstanceOf(DomainException.class)
            .hasMessage("approvals.commentRequired");
        assertThat(request.getStatus()).isEqualTo(ApprovalStatus.PENDING);
    }

    @Test
    void aReturnedRequestIsResubmittedByItsSubmitterAndStartsAgainAtStepOne() {
        request.approve(affairs, null, NOW);
        request.sendBack(finance, "请附发票", NOW);
        assertThat(request.getStatus()).isEqualTo(ApprovalStatus.RETURNED);
        assertThatThrownBy(() -> request.resubmit(affairs, null, NOW)).isInstanceOf(DomainException.class)
            .hasMessage("approvals.onlySubmitterResubmits");
        request.resubmit(guard, "已附发票", NOW);
        assertThat(request.getStatus()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(request.getCurrentStep()).isZero();
        assertThat(request.getCurrentRole()).isEqualTo("GENERAL_AFFAIRS");
        assertThat(request.getHistory()).extracting(HistoryEntry::action)
            .containsExactly(Action.SUBMITTED, Action.APPROVED, Action.RETURNED, Action.RESUBMITTED);
    }

    @Test
    void refusesMovesThatTheStateDoesNotAllow() {
        request.reject(affairs, "不符合规定", NOW);
        assertThatThrownBy(() -> request.approve(affairs, null, NOW)).isInstanceOf(DomainException.class)
            .hasMessage("approvals.illegalMove");
        assertThatThrownBy(() -> request.sendBack(affairs, "x", NOW)).isInstanceOf(DomainException.class)
            .hasMessage("approvals.illegalMove");
        assertThatThrownBy(() -> request.resubmit(guard, null, NOW)).isInstanceOf(DomainException.class)
            .hasMessage("approvals.illegalMove");
    }

    @Test
    void nobodyApprovesTheirOwnRequestEvenHoldingTheRole() {
        var ownRequest = new ApprovalRequest("EXPENSE_CLAIM", "差旅", null, Set.of(), null, null,
                List.of(new RequestStep("GENERAL_AFFAIRS", null)), affairs, NOW);
        assertThatThrownBy(() -> ownRequest.approve(affairs, null, NOW)).isInstanceOf(DomainException.class)
            .hasMessage("approvals.ownRequest");
        assertThat(ownRequest.isDecidableBy(affairs)).isFalse();
    }

    @Test
    void onlyAHolderOfTheCurrentStepsRoleDecides() {
        assertThatThrownBy(() -> request.approve(finance, null, NOW)).isInstanceOf(DomainException.class)
            .hasMessage("approvals.notYourStep");
        assertThat(request.isDecidableBy(finance)).isFalse();
        assertThat(request.isDecidableBy(affairs)).isTrue();
        assertThat(request.getStatus()).isEqualTo(ApprovalStatus.PENDING);
    }

    private List<NotificationRequested> notices() {
        return events().stream().filter(NotificationRequested.class::isInstance).map(NotificationRequested.class::cast).toList();
    }

    private List<ApprovalDecided> decisions() {
        return events().stream().filter(ApprovalDecided.class::isInstance).map(ApprovalDecided.class::cast).toList();
    }

    private List<Object> events() {
        Collection<?> events = ReflectionTestUtils.invokeMethod(request, "domainEvents");
        return List.copyOf(events);
    }

}
