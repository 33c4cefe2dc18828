package org.garrison.documents;

import java.io.InputStream;
import java.util.List;

import org.garrison.documents.internal.Attachments;
import org.springframework.stereotype.Service;

/**
 * What other modules ask of documents: attach files to their records and list or open them. The caller
 * checks that the user may see (or change) the owning record; this facade checks the files (type
 * allow-list, size) and makes thumbnails of images.
 */
@Service
public class DocumentsManagement {

    private final Attachments attachments;

    DocumentsManagement(Attachments attachments) {
        this.attachments = attachments;
    }

    /**
     * Stores the file and attaches it to the record.
     *
     * @param ownerType the kind of record, e.g. {@code Incident}
     * @param ownerId the record's id
     * @throws org.garrison.shared.DomainException when the file is empty, too large or of a refused type
     */
    public AttachmentView attach(String ownerType, String ownerId, Upload file) {
        return attachments.attach(ownerType, ownerId, file);
    }

    /** The record's attachments, oldest first. */
    public List<AttachmentView> attachmentsOf(String ownerType, String ownerId) {
        return attachments.of(ownerType, ownerId);
    }

    /**
     * The bytes of one of the record's attachments (or of its thumbnail); the caller closes the stream.
     *
     * @throws org.garrison.shared.NotFoundException when the record has no such attachment (or thumbnail)
     */
    public InputStream open(String ownerType, String ownerId, AttachmentId attachmentId, boolean thumbnail) {
        return attachments.open(ownerType, ownerId, attachmentId.value(), thumbnail);
    }

}
