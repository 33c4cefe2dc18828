package org.garrison.documents.internal;

import java.time.Instant;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** A file kept in the {@link org.garrison.documents.DocumentStore}: its name, type, size and keys. */
@Embeddable
public class StoredFile {

    private String fileName;

    private String contentType;

    private long sizeBytes;

    private String storageKey;

    private @Nullable String thumbnailKey;

    private Instant uploadedAt;

    private String uploadedBy;

    protected StoredFile() {
    }

    StoredFile(String fileName, String contentType, long sizeBytes, String storageKey, @Nullable String thumbnailKey,
            Instant uploadedAt, String uploadedBy) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.storageKey = storageKey;
        this.thumbnailKey = thumbnailKey;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public @Nullable String getThumbnailKey() {
        return thumbnailKey;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

}
