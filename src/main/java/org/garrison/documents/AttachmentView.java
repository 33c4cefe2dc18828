package org.garrison.documents;

import java.time.Instant;

/**
 * A file attached to a record.
 *
 * @param hasThumbnail whether a small preview image exists (images only)
 */
public record AttachmentView(AttachmentId id, String ownerType, String ownerId, String fileName, String contentType,
        long size, boolean hasThumbnail, Instant uploadedAt, String uploadedBy) {

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

}
