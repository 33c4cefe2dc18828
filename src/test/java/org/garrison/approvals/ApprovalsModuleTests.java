package org.garrison.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import org.garrison.identity.IdentityManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotificationRequested;
import org.garrison.testsupport.ModuleTestBeans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The approvals module with its dependencies: a submitted claim asks its first approvers. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ModuleTestBeans.class)
class ApprovalsModuleTests {

    @Autowired
    ApprovalManagement approvals;

    @Autowired
    IdentityManagement identity;

    @MockitoBean
    AuthenticationManager authenticationManager;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void submittedExpenseClaimIsAnnouncedAndGoesToGeneralAffairsFirst(Scenario scenario) {
        signInAs("admin");
        String subject = "模块测试报销 " + UUID.randomUUID().toString().substring(0, 6);

        scenario.stimulate(() -> approvals.submit(new SubmitApproval("EXPENSE_CLAIM", subject, new BigDecimal("120.00"),
                Set.of(), "/expenses/1", null)))
            .andWaitForEventOfType(NotificationRequested.class)
            .matching(notice -> notice.kind().equals("approval.pending") && notice.args().contains(subject))
            .toArriveAndVerify(notice -> assertThat(notice.roleCodes()).containsExactly("GENERAL_AFFAIRS"));
    }

    @Test
    void submissionPublishesApprovalRequestedForOtherModules(Scenario scenario) {
        signInAs("admin");
        String subject = "模块测试申领 " + UUID.randomUUID().toString().substring(0, 6);

        scenario.stimulate(() -> approvals.submit(new SubmitApproval("EXPENSE_CLAIM", subject, null, Set.of(), null, null)))
            .andWaitForEventOfType(ApprovalRequested.class)
            .matching(requested -> requested.subject().equals(subject))
            .toArriveAndVerify(requested -> assertThat(requested.type()).isEqualTo("EXPENSE_CLAIM"));
    }

    private void signInAs(String username) {
        CurrentUser user = identity.user(username).orElseThrow();
        var principal = (UserDetails) user;
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

}
