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

    /** SHA-256 of the content, hex; none for files stored before checksums were kept (the move job fills it). */
    private @Nullable String sha256;

    protected StoredFile() {
    }

    StoredFile(String fileName, String contentType, long sizeBytes, String storageKey, @Nullable String thumbnailKey,
            Instant uploadedAt, String uploadedBy, @Nullable String sha256) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.storageKey = storageKey;
        this.thumbnailKey = thumbnailKey;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
        this.sha256 = sha256;
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

    public @Nullable String getSha256() {
        return sha256;
    }

}
