package org.garrison.documents.internal;

import org.garrison.documents.DocumentStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

    /** The disk store, unless the application declares another {@link DocumentStore}. */
    @Bean
    @ConditionalOnMissingBean(DocumentStore.class)
    DocumentStore diskDocumentStore(DocumentsSettings settings) {
        return new DiskDocumentStore(settings.root());
    }

    @Bean
    FileRules fileRules(DocumentsSettings settings) {
        return new FileRules(settings.maxFileSize());
    }

}
