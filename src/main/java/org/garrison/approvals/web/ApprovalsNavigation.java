package org.garrison.approvals.web;

import org.garrison.approvals.ApprovalPermissions;
import org.garrison.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Everyone signed in has an approvals inbox and their own requests; administrators define the chains. */
@Configuration(proxyBeanMethods = false)
class ApprovalsNavigation {

    @Bean
    NavEntry approvalsInboxNav() {
        return new NavEntry("nav.section.work", "nav.approvals.inbox", "/approvals/inbox", null, 30);
    }

    @Bean
    NavEntry myApprovalsNav() {
        return new NavEntry("nav.section.work", "nav.approvals.mine", "/approvals/mine", null, 31);
    }

    @Bean
    NavEntry approvalChainsNav() {
        return new NavEntry("nav.section.admin", "nav.approvals.chains", "/admin/approval-chains",
                ApprovalPermissions.APPROVALS_CONFIGURE, 40);
    }

}
