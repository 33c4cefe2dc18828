package org.garrison.servicedesk;

import static org.garrison.shared.BuiltInRole.CHAIRMAN;
import static org.garrison.shared.BuiltInRole.CLIENT;
import static org.garrison.shared.BuiltInRole.CUSTOMER_SERVICE;
import static org.garrison.shared.BuiltInRole.SECURITY_OPS;
import static org.garrison.shared.BuiltInRole.SUPERVISOR;
import static org.garrison.shared.BuiltInRole.TEAM_LEADER;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the servicedesk module brings, and the built-in roles that get them by default. */
@Configuration(proxyBeanMethods = false)
public class ServiceDeskPermissions {

    /** See complaints and opinion cards within the data scope (a client user: only its own). */
    public static final Permission COMPLAINTS_VIEW = Permission.valueOf("COMPLAINTS_VIEW");

    /** File a complaint or an opinion card (customer service on the phone, a client in the portal). */
    public static final Permission COMPLAINTS_FILE = Permission.valueOf("COMPLAINTS_FILE");

    /** Customer service: accept and sign complaints, draft the handling, answer, return visit, time limits. */
    public static final Permission COMPLAINTS_HANDLE = Permission.valueOf("COMPLAINTS_HANDLE");

    /** Security operations, supervisors, team leaders: investigate complaints and confirm responsibility. */
    public static final Permission COMPLAINTS_INVESTIGATE = Permission.valueOf("COMPLAINTS_INVESTIGATE");

    /** Management: decide formal memos (签呈) filed against a complaint's handling. */
    public static final Permission MEMOS_DECIDE = Permission.valueOf("MEMOS_DECIDE");

    /** See and investigate whistle-blowing reports; the reporter's identity stays sealed. */
    public static final Permission WHISTLEBLOWING_HANDLE = Permission.valueOf("WHISTLEBLOWING_HANDLE");

    /** The designated role: see the identity of whistle-blowing reporters. */
    public static final Permission WHISTLEBLOWING_IDENTITY = Permission.valueOf("WHISTLEBLOWING_IDENTITY");

    @Bean
    ModulePermissions servicedeskPermissionDefaults() {
        return ModulePermissions.of("permission.group.servicedesk", 70)
            .grant(COMPLAINTS_VIEW, CHAIRMAN, SECURITY_OPS, CUSTOMER_SERVICE, SUPERVISOR, TEAM_LEADER, CLIENT)
            .grant(COMPLAINTS_FILE, CUSTOMER_SERVICE, CLIENT)
            .grant(COMPLAINTS_HANDLE, CUSTOMER_SERVICE)
            .grant(COMPLAINTS_INVESTIGATE, SECURITY_OPS, SUPERVISOR, TEAM_LEADER)
            .grant(MEMOS_DECIDE, CHAIRMAN)
            .grant(WHISTLEBLOWING_HANDLE, CHAIRMAN, SECURITY_OPS, CUSTOMER_SERVICE)
            .notForAdministrators(WHISTLEBLOWING_IDENTITY, CHAIRMAN)
            .build();
    }

}
