package org.garrison.approvals.web;

import java.util.EnumSet;
import java.util.Set;

import org.garrison.approvals.ApprovalPermissions;
import org.garrison.shared.NavEntry;
import org.garrison.shared.ScopeLevel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every staff member has an approvals inbox and their own requests (a client user approves nothing and asks for
 * nothing); administrators define the chains.
 */
@Configuration(proxyBeanMethods = false)
class ApprovalsNavigation {

    private static final Set<ScopeLevel> STAFF = EnumSet.of(ScopeLevel.COMPANY, ScopeLevel.BRANCH, ScopeLevel.SITE, ScopeLevel.OWN);

    @Bean
    NavEntry approvalsInboxNav() {
        return new NavEntry("nav.section.work", "nav.approvals.inbox", "/approvals/inbox", null, 30, STAFF);
    }

    @Bean
    NavEntry myApprovalsNav() {
        return new NavEntry("nav.section.work", "nav.approvals.mine", "/approvals/mine", null, 31, STAFF);
    }

    @Bean
    NavEntry approvalChainsNav() {
        return new NavEntry("nav.section.admin", "nav.approvals.chains", "/admin/approval-chains",
                ApprovalPermissions.APPROVALS_CONFIGURE, 40);
    }

}
