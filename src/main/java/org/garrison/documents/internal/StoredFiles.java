package org.garrison.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

import org.garrison.documents.DocumentStore;
import org.garrison.documents.MissingFileException;
import org.garrison.documents.Upload;
import org.garrison.shared.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checks an upload, streams it into the active store with its SHA-256 (and an image's thumbnail) and describes
 * it. When the transaction that stored a file rolls back, the file is removed again. Reading looks in the
 * active store, then in the others (files not moved yet); a file in none of them is missing.
 */
@Component
public class StoredFiles {

    private static final Logger log = LoggerFactory.getLogger(StoredFiles.class);

    private final DocumentStores stores;

    private final FileRules rules;

    private final DocumentsSettings settings;

    private final MissingFiles missing;

    private final Clock clock;

    StoredFiles(DocumentStores stores, FileRules rules, DocumentsSettings settings, MissingFiles missing, Clock clock) {
        this.stores = stores;
        this.rules = rules;
        this.settings = settings;
        this.missing = missing;
        this.clock = clock;
    }

    public StoredFile store(Upload upload) {
        String contentType = rules.check(upload);
        String key = newKey();
        String thumbnailKey = null;
        Stored stored = put(key, upload);
        if (contentType.startsWith("image/")) {
            var thumbnail = read(upload, in -> Thumbnails.of(in, settings.thumbnailSize()));
            if (thumbnail.isPresent()) {
                thumbnailKey = key + ".thumb.png";
                put(thumbnailKey, new Upload(thumbnailKey, "image/png", thumbnail.get()));
            }
        }
        String uploader = CurrentUser.get().map(CurrentUser::displayName).orElse("system");
        return new StoredFile(FileRules.cleanName(upload.fileName()), contentType, stored.size(), key, thumbnailKey,
                clock.instant(), uploader, stored.sha256());
    }

    /**
     * Opens a stored file's bytes; the caller closes the stream.
     *
     * @param fileName the name the user knows the file by, for the error when it is missing
     * @throws MissingFileException when no store has the file
     */
    public InputStream open(String key, String fileName) {
        try {
            return stores.active().open(key);
        }
        catch (NoSuchFileException notActive) {
            for (DocumentStore other : stores.others()) {
                try {
                    return other.open(key);
                }
                catch (NoSuchFileException | RuntimeException notThere) {
                    log.debug("file {} not in the {} store either", key, other.name());
                }
                catch (IOException ex) {
                    log.debug("file {} not readable in the {} store", key, other.name(), ex);
                }
            }
            missing.found(key);
            log.error("The file {} (key {}) is missing from the {} store and every other store", fileName, key,
                    stores.active().name());
            throw new MissingFileException(fileName, key);
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

    private Stored put(String key, Upload upload) {
        DocumentStore store = stores.active();
        var digest = Checksums.sha256();
        try (var in = new CountingInputStream(new DigestInputStream(upload.content().getInputStream(), digest))) {
            store.put(key, in, upload.size());
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        if (status == STATUS_ROLLED_BACK) {
                            deleteQuietly(store, key);
                        }
                    }
                });
            }
            return new Stored(in.count(), HexFormat.of().formatHex(digest.digest()));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot store file " + key, ex);
        }
    }

    private static <T> T read(Upload upload, IoFunction<T> reader) {
        try (InputStream in = upload.content().getInputStream()) {
            return reader.apply(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void deleteQuietly(DocumentStore store, String key) {
        try {
            store.delete(key);
        }
        catch (IOException | RuntimeException ex) {
            log.warn("could not remove the file {} of a rolled-back change", key, ex);
        }
    }

    private record Stored(long size, String sha256) {
    }

    @FunctionalInterface
    private interface IoFunction<T> {

        T apply(InputStream in) throws IOException;

    }

}
