package org.garrison.approvals;

import static org.garrison.shared.BuiltInRole.CHAIRMAN;
import static org.garrison.shared.BuiltInRole.CUSTOMER_SERVICE;
import static org.garrison.shared.BuiltInRole.FINANCE;
import static org.garrison.shared.BuiltInRole.GENERAL_AFFAIRS;
import static org.garrison.shared.BuiltInRole.GUARD;
import static org.garrison.shared.BuiltInRole.HR;
import static org.garrison.shared.BuiltInRole.INSPECTOR;
import static org.garrison.shared.BuiltInRole.LOGISTICS;
import static org.garrison.shared.BuiltInRole.SECURITY_OPS;
import static org.garrison.shared.BuiltInRole.SUPERVISOR;
import static org.garrison.shared.BuiltInRole.TEAM_LEADER;
import static org.garrison.shared.BuiltInRole.TRAINING;

import org.garrison.shared.BuiltInRole;
import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the approvals module brings, and the built-in roles that get them by default. */
@Configuration(proxyBeanMethods = false)
public class ApprovalPermissions {

    /** Every built-in role of the company's own staff (all but administrators and client users). */
    private static final BuiltInRole[] EMPLOYEES = { CHAIRMAN, SECURITY_OPS, CUSTOMER_SERVICE, TRAINING, HR, LOGISTICS,
            GENERAL_AFFAIRS, FINANCE, SUPERVISOR, INSPECTOR, TEAM_LEADER, GUARD };

    /** Define approval chains (steps by role, amount thresholds, conditions). */
    public static final Permission APPROVALS_CONFIGURE = Permission.valueOf("APPROVALS_CONFIGURE");

    /**
     * Follow, read-only, every approval request of the sites in one's scope (not only those one submitted or
     * decides): for those who see the records requests are about, such as a complaint's compensation.
     */
    public static final Permission APPROVALS_VIEW = Permission.valueOf("APPROVALS_VIEW");

    /** Submit a complaint's compensation for approval (客诉赔偿): who drafts a complaint's handling. */
    public static final Permission APPROVALS_SUBMIT_COMPENSATION = Permission.valueOf("APPROVALS_SUBMIT_COMPENSATION");

    /** Submit an expense claim (费用报销): departments and the team leaders of sites. */
    public static final Permission APPROVALS_SUBMIT_EXPENSE = Permission.valueOf("APPROVALS_SUBMIT_EXPENSE");

    /** Submit a requisition (领用申请): every employee. */
    public static final Permission APPROVALS_SUBMIT_REQUISITION = Permission.valueOf("APPROVALS_SUBMIT_REQUISITION");

    /** Propose a reward or a penalty (奖惩): those who score and spot-check guards and team leaders. */
    public static final Permission APPROVALS_SUBMIT_REWARD_PENALTY = Permission.valueOf("APPROVALS_SUBMIT_REWARD_PENALTY");

    /** Appeal against an appraisal result, a reward or a penalty (申诉): every employee. */
    public static final Permission APPROVALS_SUBMIT_APPEAL = Permission.valueOf("APPROVALS_SUBMIT_APPEAL");

    /** Submit requests of the types an administrator added beyond the built-in ones: every employee. */
    public static final Permission APPROVALS_SUBMIT_OTHER = Permission.valueOf("APPROVALS_SUBMIT_OTHER");

    /**
     * Every permission to submit some type, for the API's door ({@code hasAnyAuthority}); which type a caller may
     * submit is decided per request by {@link RequestType#submitPermissionOf}.
     */
    public static final String ANY_SUBMIT = "hasAnyAuthority('APPROVALS_SUBMIT_COMPENSATION', 'APPROVALS_SUBMIT_EXPENSE', "
            + "'APPROVALS_SUBMIT_REQUISITION', 'APPROVALS_SUBMIT_REWARD_PENALTY', 'APPROVALS_SUBMIT_APPEAL', "
            + "'APPROVALS_SUBMIT_OTHER')";

    @Bean
    ModulePermissions approvalsPermissionDefaults() {
        return ModulePermissions.of("permission.group.approvals", 41)
            .grant(APPROVALS_CONFIGURE)
            .grant(APPROVALS_VIEW, CHAIRMAN, SECURITY_OPS, CUSTOMER_SERVICE, FINANCE, GENERAL_AFFAIRS, SUPERVISOR)
            .grant(APPROVALS_SUBMIT_COMPENSATION, CUSTOMER_SERVICE)
            // a site's claims are filed by its team leader (001 L25-29: 各部门、驻点), not by each guard
            .grant(APPROVALS_SUBMIT_EXPENSE, CHAIRMAN, SECURITY_OPS, CUSTOMER_SERVICE, TRAINING, HR, LOGISTICS,
                    GENERAL_AFFAIRS, FINANCE, SUPERVISOR, INSPECTOR, TEAM_LEADER)
            .grant(APPROVALS_SUBMIT_REQUISITION, EMPLOYEES)
            // scored by the team leader, spot-checked by the supervisor and 行政部, audited by HQ (RULES B.4)
            .grant(APPROVALS_SUBMIT_REWARD_PENALTY, SECURITY_OPS, GENERAL_AFFAIRS, HR, SUPERVISOR, INSPECTOR, TEAM_LEADER)
            .grant(APPROVALS_SUBMIT_APPEAL, EMPLOYEES)
            .grant(APPROVALS_SUBMIT_OTHER, EMPLOYEES)
            .build();
    }

}
