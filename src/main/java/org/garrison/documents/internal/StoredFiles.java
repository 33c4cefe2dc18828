package org.garrison.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.garrison.documents.DocumentStore;
import org.garrison.documents.Upload;
import org.garrison.shared.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checks an upload, stores it (and an image's thumbnail) and describes it. When the transaction that
 * stored a file rolls back, the file is removed again.
 */
@Component
public class StoredFiles {

    private static final Logger log = LoggerFactory.getLogger(StoredFiles.class);

    private final DocumentStore store;

    private final FileRules rules;

    private final DocumentsSettings settings;

    private final Clock clock;

    StoredFiles(DocumentStore store, FileRules rules, DocumentsSettings settings, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.settings = settings;
        this.clock = clock;
    }

    public StoredFile store(Upload upload) {
        String contentType = rules.check(upload);
        String key = newKey();
        String thumbnailKey = null;
        byte[] content = upload.content();
        put(key, content);
        if (contentType.startsWith("image/")) {
            var thumbnail = Thumbnails.of(content, settings.thumbnailSize());
            if (thumbnail.isPresent()) {
                thumbnailKey = key + ".thumb.png";
                put(thumbnailKey, thumbnail.get());
            }
        }
        String uploader = CurrentUser.get().map(CurrentUser::displayName).orElse("system");
        return new StoredFile(FileRules.cleanName(upload.fileName()), contentType, content.length, key, thumbnailKey,
                clock.instant(), uploader);
    }

    public InputStream open(String key) {
        try {
            return store.open(key);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read stored file " + key, ex);
        }
    }

    private String newKey() {
        LocalDate today = LocalDate.now(clock);
        return "%d/%02d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), today.getDayOfMonth(),
                UUID.randomUUID());
    }

    private void put(String key, byte[] content) {
        try {
            store.put(key, content);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot store file " + key, ex);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        deleteQuietly(key);
                    }
                }
            });
        }
    }

    private void deleteQuietly(String key) {
        try {
            store.delete(key);
        }
        catch (IOException ex) {
            log.warn("could not remove the file {} of a rolled-back change", key, ex);
        }
    }

}
