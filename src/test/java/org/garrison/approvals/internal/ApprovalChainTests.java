package org.garrison.approvals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.garrison.approvals.ApprovalPermissions;
import org.garrison.approvals.RequestType;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;

class ApprovalChainTests {

    private static final BigDecimal THOUSAND = new BigDecimal("1000");

    private final ApprovalChain expenses = new ApprovalChain("EXPENSE_CLAIM", "费用报销", "Expense claim", List.of(
            new ChainStep("GENERAL_AFFAIRS", null, null, null), new ChainStep("FINANCE", null, null, null),
            new ChainStep("CHAIRMAN", THOUSAND, null, null), new ChainStep("CHAIRMAN", null, "late", "董事长特批")));

    @Test
    void aChairmanWhoApprovesExpenseClaimsOnlyAboveAnAmountIsALabelledDeviation() {
        assertThat(expenses.rulebookDeviation()).isEqualTo("CHAIRMAN");
        var rulebook = new ApprovalChain("EXPENSE_CLAIM", "费用报销", "Expense claim", List.of(
                new ChainStep("GENERAL_AFFAIRS", null, null, "综合部审核"), new ChainStep("FINANCE", null, null, null),
                new ChainStep("CHAIRMAN", null, null, "董事长批准"), new ChainStep("FINANCE", null, null, "财务部发放")));
        assertThat(rulebook.rulebookDeviation()).isNull();
        assertThat(roles(rulebook.resolve(new BigDecimal("12.00"), Set.of())))
            .containsExactly("GENERAL_AFFAIRS", "FINANCE", "CHAIRMAN", "FINANCE");
        var otherType = new ApprovalChain("REQUISITION", "物资领用", "Requisition",
                List.of(new ChainStep("CHAIRMAN", new BigDecimal("5000"), null, null)));
        assertThat(otherType.rulebookDeviation()).isNull();
    }

    @Test
    void eachBuiltInTypeHasItsOwnSubmitPermissionAndLaterTypesTheGeneralOne() {
        assertThat(RequestType.submitPermissionOf("COMPLAINT_COMPENSATION"))
            .isEqualTo(ApprovalPermissions.APPROVALS_SUBMIT_COMPENSATION);
        assertThat(RequestType.submitPermissionOf("APPEAL")).isEqualTo(ApprovalPermissions.APPROVALS_SUBMIT_APPEAL);
        assertThat(RequestType.submitPermissionOf("LEAVE")).isEqualTo(ApprovalPermissions.APPROVALS_SUBMIT_OTHER);
        assertThat(ApprovalPermissions.ANY_SUBMIT).contains(java.util.Arrays.stream(RequestType.values())
            .map(type -> "'" + type.submitPermission().name() + "'").toList());
    }

    @Test
    void aClaimOfExactlyOneThousandStopsAtFinance() {
        assertThat(roles(expenses.resolve(new BigDecimal("1000.00"), Set.of()))).containsExactly("GENERAL_AFFAIRS", "FINANCE");
    }

    @Test
    void aClaimOverOneThousandAddsTheChairman() {
        assertThat(roles(expenses.resolve(new BigDecimal("1000.01"), Set.of())))
            .containsExactly("GENERAL_AFFAIRS", "FINANCE", "CHAIRMAN");
    }

    @Test
    void aRequestWithoutAmountSkipsAmountConditionedSteps() {
        assertThat(roles(expenses.resolve(null, Set.of()))).containsExactly("GENERAL_AFFAIRS", "FINANCE");
    }

    @Test
    void aLateClaimAddsTheChairmansSpecialApproval() {
        var steps = expenses.resolve(new BigDecimal("200"), Set.of("late"));
        assertThat(steps).containsExactly(new RequestStep("GENERAL_AFFAIRS", null), new RequestStep("FINANCE", null),
                new RequestStep("CHAIRMAN", "董事长特批"));
    }

    @Test
    void aLateClaimOverOneThousandKeepsBothChairmanSteps() {
        assertThat(expenses.resolve(new BigDecimal("5000"), Set.of("late"))).hasSize(4);
    }

    @Test
    void aConditionalStepAlreadyInTheChainIsNotAddedTwice() {
        var chain = new ApprovalChain("REQUISITION", "物资申领", "Requisition", List.of(new ChainStep("LOGISTICS", null, null, null),
                new ChainStep("CHAIRMAN", null, null, null), new ChainStep("CHAIRMAN", THOUSAND, null, null)));
        assertThat(roles(chain.resolve(new BigDecimal("9000"), Set.of()))).containsExactly("LOGISTICS", "CHAIRMAN");
    }

    @Test
    void refusesAChainWithoutSteps() {
        assertThatThrownBy(() -> new ApprovalChain("X", "x", "x", List.of())).isInstanceOf(DomainException.class)
            .hasMessage("approvals.chain.noSteps");
    }

    @Test
    void refusesARequestNoStepAppliesTo() {
        var chain = new ApprovalChain("BIG", "大额", "Big", List.of(new ChainStep("CHAIRMAN", THOUSAND, null, null)));
        assertThatThrownBy(() -> chain.resolve(BigDecimal.TEN, Set.of())).isInstanceOf(DomainException.class)
            .hasMessage("approvals.chain.nothingApplies");
    }

    private static List<String> roles(List<RequestStep> steps) {
        return steps.stream().map(RequestStep::roleCode).toList();
    }

    @Test
    void theAuditLogKeepsEachStepAsItsRoleCodeAmountFlagAndLabelWithoutEmptyParts() {
        assertThat(expenses.snapshot().get("steps")).isEqualTo(List.of("GENERAL_AFFAIRS", "FINANCE", "CHAIRMAN >1000",
                "CHAIRMAN +late 董事长特批"));
    }

}
