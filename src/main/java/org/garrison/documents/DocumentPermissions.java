package org.garrison.documents;

import static org.garrison.shared.BuiltInRole.CHAIRMAN;
import static org.garrison.shared.BuiltInRole.CLIENT;
import static org.garrison.shared.BuiltInRole.CUSTOMER_SERVICE;
import static org.garrison.shared.BuiltInRole.FINANCE;
import static org.garrison.shared.BuiltInRole.GENERAL_AFFAIRS;
import static org.garrison.shared.BuiltInRole.SECURITY_OPS;
import static org.garrison.shared.BuiltInRole.SUPERVISOR;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the documents module brings, and the built-in roles that get them by default. */
@Configuration(proxyBeanMethods = false)
public class DocumentPermissions {

    /** See the document register and download public and internal documents within the data scope. */
    public static final Permission DOCUMENTS_VIEW = Permission.valueOf("DOCUMENTS_VIEW");

    /** Register documents, upload new versions, change their confidentiality. */
    public static final Permission DOCUMENTS_MANAGE = Permission.valueOf("DOCUMENTS_MANAGE");

    /** See and download confidential documents (every download is audited). */
    public static final Permission DOCUMENTS_CONFIDENTIAL = Permission.valueOf("DOCUMENTS_CONFIDENTIAL");

    /** See where files are stored and move them between stores (administrators). */
    public static final Permission DOCUMENTS_STORAGE = Permission.valueOf("DOCUMENTS_STORAGE");

    @Bean
    ModulePermissions documentsPermissionDefaults() {
        return ModulePermissions.of("permission.group.documents", 43)
            .grant(DOCUMENTS_VIEW, CHAIRMAN, SECURITY_OPS, CUSTOMER_SERVICE, GENERAL_AFFAIRS, FINANCE, SUPERVISOR,
                    CLIENT)
            .grant(DOCUMENTS_MANAGE, SECURITY_OPS, CUSTOMER_SERVICE, GENERAL_AFFAIRS)
            .grant(DOCUMENTS_CONFIDENTIAL, CHAIRMAN)
            .grant(DOCUMENTS_STORAGE)
            .build();
    }

}
