package org.garrison.approvals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.garrison.approvals.ApprovalDecided;
import org.garrison.approvals.ApprovalDecided.Outcome;
import org.garrison.approvals.ApprovalId;
import org.garrison.approvals.ApprovalRequested;
import org.garrison.approvals.SubmitApproval;
import org.garrison.approvals.internal.ApprovalChains.ChainDetails;
import org.garrison.approvals.internal.HistoryEntry.Action;
import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;
import org.garrison.testsupport.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Requests through their chains with the demo users: who sees what in the inbox, scope isolation, a
 * whole chain, sending back and resubmitting. Each test defines its own chain type.
 */
@IntegrationTest
@RecordApplicationEvents
class ApprovalsIntegrationTests {

    @Autowired
    Approvals approvals;

    @Autowired
    ApprovalChains chains;

    @Autowired
    IdentityManagement identity;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    ApplicationEvents events;

    @Test
    void aSubmittedRequestWaitsInTheInboxOfTheFirstStepsRoleOnly() {
        String type = chain(step("GENERAL_AFFAIRS"), step("FINANCE"));
        var request = submit("leader", type, "300", site("S101"));
        assertThat(inboxOf("affairs")).contains(request.getId());
        assertThat(inboxOf("finance")).doesNotContain(request.getId());
        assertThat(inboxOf("chairman")).doesNotContain(request.getId());
        assertThat(events.stream(ApprovalRequested.class)).extracting(ApprovalRequested::requestId).contains(new ApprovalId(request.getId()));
        assertThat(events.stream(NotificationRequested.class)
            .filter(n -> n.link() != null && n.link().equals("/approvals/" + request.getId())))
            .singleElement()
            .satisfies(n -> {
                assertThat(n.kind()).isEqualTo("approval.pending");
                assertThat(n.roleCodes()).containsExactly("GENERAL_AFFAIRS");
                assertThat(n.siteId()).isEqualTo(new SiteId(site("S101")));
            });
    }

    @Test
    void anApproverOnlySeesRequestsOfSitesWithinTheirScope() {
        String type = chain(step("SUPERVISOR"));
        var ownBranch = submit("leader", type, null, site("S101"));
        var otherBranch = submit("chairman", type, null, site("S201"));
        var companyWide = submit("leader", type, null, null);
        assertThat(inboxOf("supervisor")).contains(ownBranch.getId())
            .doesNotContain(otherBranch.getId(), companyWide.getId());
        assertThatThrownBy(() -> approvals.get(user("supervisor"), otherBranch.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> approvals.approve(user("supervisor"), companyWide.getId(), null))
            .isInstanceOf(NotFoundException.class);
        assertThat(approvals.approve(user("supervisor"), ownBranch.getId(), "同意").getStatus()).isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void aLateClaimOverOneThousandGoesThroughEveryStepToApproval() {
        String type = chain(step("GENERAL_AFFAIRS"), step("FINANCE"), new ChainStep("CHAIRMAN", new BigDecimal("1000"), null, null),
                new ChainStep("CHAIRMAN", null, "late", "董事长特批"));
        var request = approvals.submit(user("leader"), new SubmitApproval(type, "补报 7 月培训场地费", new BigDecimal("1000.01"),
                Set.of("late"), "/expenses/demo", new SiteId(site("S101"))));
        assertThat(request.getSteps()).hasSize(4);
        assertThatThrownBy(() -> approvals.approve(user("finance"), request.getId(), null)).isInstanceOf(DomainException.class)
            .hasMessage("approvals.notYourStep");
        approvals.approve(user("affairs"), request.getId(), "属实");
        assertThat(inboxOf("finance")).contains(request.getId());
        assertThat(inboxOf("affairs")).doesNotContain(request.getId());
        approvals.approve(user("finance"), request.getId(), null);
        approvals.approve(user("chairman"), request.getId(), null);
        assertThat(inboxOf("chairman")).contains(request.getId());
        var approved = approvals.approve(user("chairman"), request.getId(), "特批");
        assertThat(approved.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(events.stream(ApprovalDecided.class))
            .contains(new ApprovalDecided(new ApprovalId(request.getId()), type, Outcome.APPROVED, "/expenses/demo"));
        assertThat(approvals.get(user("leader"), request.getId()).getHistory()).extracting(HistoryEntry::actorName)
            .containsExactly("队长 何勇", "综合部 周丽", "财务部 吴静", "董事长 陈志远", "董事长 陈志远");
    }

    @Test
    void aRequestSentBackIsResubmittedAndStartsAgainAtTheFirstStep() {
        String type = chain(step("GENERAL_AFFAIRS"), step("FINANCE"));
        var request = submit("leader", type, "88", site("S101"));
        approvals.approve(user("affairs"), request.getId(), null);
        assertThatThrownBy(() -> approvals.sendBack(user("finance"), request.getId(), "")).isInstanceOf(DomainException.class)
            .hasMessage("approvals.commentRequired");
        approvals.sendBack(user("finance"), request.getId(), "请补充发票");
        assertThat(events.stream(ApprovalDecided.class)).extracting(ApprovalDecided::outcome).contains(Outcome.RETURNED);
        assertThat(inboxOf("finance")).doesNotContain(request.getId());
        assertThat(approvals.mine(user("leader"))).extracting(ApprovalRequest::getId).contains(request.getId());
        approvals.resubmit(user("leader"), request.getId(), "已补充发票");
        assertThat(inboxOf("affairs")).contains(request.getId());
        assertThat(approvals.get(user("affairs"), request.getId()).getHistory()).extracting(HistoryEntry::action)
            .containsExactly(Action.SUBMITTED, Action.APPROVED, Action.RETURNED, Action.RESUBMITTED);
    }

    @Test
    void nobodySubmitsForASiteOutsideTheirScope() {
        String type = chain(step("GENERAL_AFFAIRS"));
        assertThatThrownBy(() -> submit("leader", type, "10", site("S201"))).isInstanceOf(NotFoundException.class);
        assertThat(submit("leader", type, "10", site("S101")).getSiteId()).isEqualTo(site("S101"));
    }

    @Test
    void nobodyApprovesTheirOwnRequest() {
        String type = chain(step("GENERAL_AFFAIRS"));
        var own = submit("affairs", type, "50", null);
        assertThat(inboxOf("affairs")).doesNotContain(own.getId());
        assertThatThrownBy(() -> approvals.approve(user("affairs"), own.getId(), null)).isInstanceOf(DomainException.class)
            .hasMessage("approvals.ownRequest");
    }

    @Test
    void aChainChangeAppliesToNewRequestsOnly() {
        String type = chain(step("GENERAL_AFFAIRS"));
        var before = submit("leader", type, "10", null);
        chains.update(type, new ChainDetails(type, "改", "Changed", List.of(step("FINANCE"))));
        var after = submit("leader", type, "10", null);
        assertThat(before.getCurrentRole()).isEqualTo("GENERAL_AFFAIRS");
        assertThat(approvals.get(user("leader"), before.getId()).getSteps()).extracting(RequestStep::roleCode)
            .containsExactly("GENERAL_AFFAIRS");
        assertThat(after.getCurrentRole()).isEqualTo("FINANCE");
    }

    @Test
    void refusesATypeWithoutChain() {
        assertThatThrownBy(() -> submit("leader", "NO_SUCH_TYPE_" + suffix(), "1", null)).isInstanceOf(DomainException.class)
            .hasMessage("approvals.unknownType");
    }

    @Test
    void theDemoAccountsHaveRequestsWaitingAndOneApprovedWithHistory() {
        assertThat(subjects(approvals.inbox(user("affairs")))).contains("福田支行 11 月夜班交通费");
        assertThat(subjects(approvals.inbox(user("finance")))).contains("福田支行对讲机维修费");
        var coats = approvals.mine(user("leader")).stream().filter(r -> r.getSubject().equals("冬季执勤大衣 12 件")).findFirst()
            .orElseThrow();
        assertThat(coats.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approvals.get(user("leader"), coats.getId()).getHistory()).hasSize(3);
    }

    private String chain(ChainStep... steps) {
        String type = "IT_" + suffix();
        chains.create(new ChainDetails(type, "测试" + type, "Test " + type, List.of(steps)));
        return type;
    }

    private ApprovalRequest submit(String username, String type, @Nullable String amount, @Nullable Long siteId) {
        return approvals.submit(user(username), new SubmitApproval(type, "测试申请 " + type,
                amount == null ? null : new BigDecimal(amount), Set.of(), null, SiteId.ofNullable(siteId)));
    }

    private List<Long> inboxOf(String username) {
        return approvals.inbox(user(username)).stream().map(ApprovalRequest::getId).toList();
    }

    private static List<String> subjects(List<ApprovalRequest> requests) {
        return requests.stream().map(ApprovalRequest::getSubject).toList();
    }

    private CurrentUser user(String username) {
        return identity.user(username).orElseThrow();
    }

    private long site(String code) {
        return organisation.siteByCode(code).orElseThrow().value();
    }

    private static ChainStep step(String role) {
        return new ChainStep(role, null, null, null);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

}
