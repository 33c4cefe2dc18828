package org.garrison.documents.internal;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.garrison.documents.AttachmentId;
import org.garrison.documents.AttachmentView;

/** A file attached to a record of any module, named by the record's type and id. */
@Entity
@Table(name = "doc_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ownerType;

    private String ownerId;

    @Embedded
    private StoredFile file;

    protected Attachment() {
    }

    Attachment(String ownerType, String ownerId, StoredFile file) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.file = file;
    }

    public AttachmentView view() {
        return new AttachmentView(new AttachmentId(id), ownerType, ownerId, file.getFileName(), file.getContentType(), file.getSizeBytes(),
                file.getThumbnailKey() != null, file.getUploadedAt(), file.getUploadedBy());
    }

    public Long getId() {
        return id;
    }

    public StoredFile getFile() {
        return file;
    }

}
