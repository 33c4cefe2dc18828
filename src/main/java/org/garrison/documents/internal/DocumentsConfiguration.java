package org.garrison.documents.internal;

import java.util.ArrayList;
import java.util.List;

import org.garrison.documents.DocumentStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

    /** The database and disk stores, the S3 store when a bucket is configured; the configured one active. */
    @Bean
    DocumentStores documentStores(DocumentsSettings settings, JdbcClient jdbc, PlatformTransactionManager transactions) {
        List<DocumentStore> stores = new ArrayList<>();
        stores.add(new DatabaseDocumentStore(jdbc, transactions, Math.toIntExact(settings.chunkSize().toBytes())));
        if (settings.s3().configured() || settings.store().equals(S3DocumentStore.NAME)) {
            stores.add(new S3DocumentStore(settings.s3()));
        }
        stores.add(new DiskDocumentStore(settings.root()));
        return new DocumentStores(stores, settings.store());
    }

    @Bean
    FileRules fileRules(DocumentsSettings settings) {
        return new FileRules(settings.maxFileSize());
    }

}
