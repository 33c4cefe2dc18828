package org.garrison.approvals.internal;

import java.math.BigDecimal;
import java.util.Set;

import org.garrison.approvals.SubmitApproval;
import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.SiteId;
import org.garrison.shared.StartupData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only, once: three requests of the team leader through the chains every installation gets by
 * migration (V202612071020) — one waiting for general affairs, one at finance, one approved earlier with its
 * history.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoApprovals implements StartupData {

    private final ApprovalRequestRepository requests;

    private final Approvals approvals;

    private final IdentityManagement identity;

    private final OrganisationManagement organisation;

    DemoApprovals(ApprovalRequestRepository requests, Approvals approvals, IdentityManagement identity,
            OrganisationManagement organisation) {
        this.requests = requests;
        this.approvals = approvals;
        this.identity = identity;
        this.organisation = organisation;
    }

    @Override
    public String name() {
        return "approvals.demo";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.demo", "organisation.demo");
    }

    @Override
    @Transactional
    public void load() {
        if (requests.existsByType("EXPENSE_CLAIM")) {
            return;
        }
        CurrentUser leader = user("leader");
        SiteId site = organisation.siteByCode("S101").orElseThrow();
        approvals.submit(leader, new SubmitApproval("EXPENSE_CLAIM", "福田支行 11 月夜班交通费", new BigDecimal("386.50"),
                Set.of(), null, site));
        var repair = approvals.submit(leader, new SubmitApproval("EXPENSE_CLAIM", "福田支行对讲机维修费", new BigDecimal("1280.00"),
                Set.of(), null, site));
        approvals.approve(user("affairs"), repair.getId(), "维修单据齐全，情况属实");
        var coats = approvals.submit(leader, new SubmitApproval("REQUISITION", "冬季执勤大衣 12 件", new BigDecimal("2160.00"),
                Set.of(), null, site));
        approvals.approve(user("logistics"), coats.getId(), "库存不足，同意采购");
        approvals.approve(user("affairs"), coats.getId(), "同意");
    }

    private CurrentUser user(String username) {
        return identity.user(username).orElseThrow();
    }

}
