package org.garrison.documents.web;

import org.garrison.documents.DocumentPermissions;
import org.garrison.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DocumentsNavigation {

    @Bean
    NavEntry documentsNav() {
        return new NavEntry("nav.section.work", "nav.documents", "/documents", DocumentPermissions.DOCUMENTS_VIEW, 60);
    }

    @Bean
    NavEntry documentStorageNav() {
        return new NavEntry("nav.section.admin", "nav.documentStorage", "/admin/documents/storage",
                DocumentPermissions.DOCUMENTS_STORAGE, 70);
    }

}
