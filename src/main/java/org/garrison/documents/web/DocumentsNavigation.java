package org.garrison.documents.web;

import org.garrison.shared.NavEntry;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DocumentsNavigation {

    @Bean
    NavEntry documentsNav() {
        return new NavEntry("nav.section.work", "nav.documents", "/documents", Permission.DOCUMENTS_VIEW, 60);
    }

}
