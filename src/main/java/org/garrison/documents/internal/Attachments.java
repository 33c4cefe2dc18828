package org.garrison.documents.internal;

import java.io.InputStream;
import java.util.List;

import org.garrison.documents.AttachmentView;
import org.garrison.documents.Upload;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files attached to records of other modules; those modules decide who may see their records. */
@Service
@Transactional
public class Attachments {

    private final AttachmentRepository attachments;

    private final StoredFiles files;

    private final ApplicationEventPublisher events;

    Attachments(AttachmentRepository attachments, StoredFiles files, ApplicationEventPublisher events) {
        this.attachments = attachments;
        this.files = files;
        this.events = events;
    }

    public AttachmentView attach(String ownerType, String ownerId, Upload upload) {
        var attachment = attachments.save(new Attachment(ownerType, ownerId, files.store(upload)));
        var view = attachment.view();
        events.publishEvent(AuditedChange.of("ATTACH", ownerType, ownerId, view.fileName(), null,
                java.util.Map.of("attachmentId", view.id(), "fileName", view.fileName(), "size", view.size())));
        return view;
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> of(String ownerType, String ownerId) {
        return attachments.findByOwnerTypeAndOwnerIdOrderByIdAsc(ownerType, ownerId).stream().map(Attachment::view).toList();
    }

    @Transactional(readOnly = true)
    public Download download(String ownerType, String ownerId, long id, boolean thumbnail) {
        var file = attachments.findByIdAndOwnerTypeAndOwnerId(id, ownerType, ownerId)
            .orElseThrow(() -> new NotFoundException("entity.attachment", id))
            .getFile();
        String key = thumbnail ? file.getThumbnailKey() : file.getStorageKey();
        if (key == null) {
            throw new NotFoundException("entity.attachment", id);
        }
        return thumbnail ? new Download("thumbnail.png", "image/png", -1, () -> files.open(key, file.getFileName()))
                : new Download(file.getFileName(), file.getContentType(), file.getSizeBytes(),
                        () -> files.open(key, file.getFileName()));
    }

    /** Opens an attachment's bytes (or its thumbnail's); the caller closes the stream. */
    @Transactional(readOnly = true)
    public InputStream open(String ownerType, String ownerId, long id, boolean thumbnail) {
        return download(ownerType, ownerId, id, thumbnail).content().get();
    }

}
