package org.garrison.imports;

import static org.garrison.shared.BuiltInRole.CUSTOMER_SERVICE;
import static org.garrison.shared.BuiltInRole.HR;
import static org.garrison.shared.BuiltInRole.SECURITY_OPS;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The permissions the imports module brings, and the built-in roles that get them by default: the department that
 * keeps each register (HR the staff, customer service the clients, security operations the sites and checkpoints).
 */
@Configuration(proxyBeanMethods = false)
public class ImportPermissions {

    /** Import employees with their certificates and postings from a spreadsheet. */
    public static final Permission IMPORT_EMPLOYEES = Permission.valueOf("IMPORT_EMPLOYEES");

    /** Import clients with their contacts from a spreadsheet. */
    public static final Permission IMPORT_CLIENTS = Permission.valueOf("IMPORT_CLIENTS");

    /** Import sites with their posts from a spreadsheet. */
    public static final Permission IMPORT_SITES = Permission.valueOf("IMPORT_SITES");

    /** Import patrol checkpoints with their codes from a spreadsheet. */
    public static final Permission IMPORT_CHECKPOINTS = Permission.valueOf("IMPORT_CHECKPOINTS");

    @Bean
    ModulePermissions importsPermissionDefaults() {
        return ModulePermissions.of("permission.group.imports", 95)
            .grant(IMPORT_EMPLOYEES, HR)
            .grant(IMPORT_CLIENTS, CUSTOMER_SERVICE)
            .grant(IMPORT_SITES, SECURITY_OPS)
            .grant(IMPORT_CHECKPOINTS, SECURITY_OPS)
            .build();
    }

}
