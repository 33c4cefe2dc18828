package org.garrison.contracts;

import static org.garrison.shared.BuiltInRole.CHAIRMAN;
import static org.garrison.shared.BuiltInRole.CUSTOMER_SERVICE;
import static org.garrison.shared.BuiltInRole.FINANCE;
import static org.garrison.shared.BuiltInRole.LOGISTICS;
import static org.garrison.shared.BuiltInRole.SECURITY_OPS;
import static org.garrison.shared.BuiltInRole.TRAINING;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the contracts module brings, and the built-in roles that get them by default. */
@Configuration(proxyBeanMethods = false)
public class ContractPermissions {

    /** See contracts, their proposal versions and the client dossier within the data scope. */
    public static final Permission CONTRACTS_VIEW = Permission.valueOf("CONTRACTS_VIEW");

    /** Record inquiries, draft proposal versions, terminate, withdraw and renew contracts. */
    public static final Permission CONTRACTS_MANAGE = Permission.valueOf("CONTRACTS_MANAGE");

    /** Sign a negotiated contract (opens the start-up tasks). */
    public static final Permission CONTRACTS_SIGN = Permission.valueOf("CONTRACTS_SIGN");

    /** Plan and record client visits, return visits, communication meetings and commitments. */
    public static final Permission CLIENT_RELATIONS_MANAGE = Permission.valueOf("CLIENT_RELATIONS_MANAGE");

    /** See (and, for one's own department, complete) the start-up tasks of signed contracts. */
    public static final Permission STARTUP_TASKS_VIEW = Permission.valueOf("STARTUP_TASKS_VIEW");

    @Bean
    ModulePermissions contractsPermissionDefaults() {
        return ModulePermissions.of("permission.group.contracts", 60)
            .grant(CONTRACTS_VIEW, CHAIRMAN, SECURITY_OPS, CUSTOMER_SERVICE, LOGISTICS, FINANCE)
            .grant(CONTRACTS_MANAGE, SECURITY_OPS, CUSTOMER_SERVICE)
            .grant(CONTRACTS_SIGN, CHAIRMAN, CUSTOMER_SERVICE)
            .grant(CLIENT_RELATIONS_MANAGE, CUSTOMER_SERVICE)
            .grant(STARTUP_TASKS_VIEW, CHAIRMAN, SECURITY_OPS, CUSTOMER_SERVICE, TRAINING, LOGISTICS)
            .build();
    }

}
