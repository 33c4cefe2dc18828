package org.garrison.servicedesk.internal;

import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;

import org.garrison.documents.AttachmentOwner;
import org.garrison.documents.AttachmentView;
import org.garrison.documents.DocumentsManagement;
import org.garrison.documents.Upload;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints take attachments (photos, letters): seen by whoever sees the complaint (COMPLAINTS_VIEW and the
 * complaint in scope), added while it is open by whoever files, handles or investigates complaints. The complaint
 * page's shared attachment screens ask this policy; the API calls the same rules through its methods. The
 * documents module checks the files (type, size) and audits each attachment.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintAttachments implements AttachmentOwner {

    static final String OWNER_TYPE = "Complaint";

    private final ScopedComplaints scoped;

    private final DocumentsManagement documents;

    ComplaintAttachments(ScopedComplaints scoped, DocumentsManagement documents) {
        this.scoped = scoped;
        this.documents = documents;
    }

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public boolean canSee(CurrentUser user, String ownerId) {
        return find(user, ownerId) != null;
    }

    @Override
    public boolean canAttach(CurrentUser user, String ownerId) {
        var complaint = mayAttach(user) ? find(user, ownerId) : null;
        return complaint != null && complaint.getState().isOpen();
    }

    /** The complaint's attachments, oldest first; 404 when the user cannot see the complaint. */
    public List<AttachmentView> list(CurrentUser user, long complaintId) {
        visible(user, complaintId);
        return documents.attachmentsOf(OWNER_TYPE, String.valueOf(complaintId));
    }

    /**
     * Attaches a file to an open complaint.
     *
     * @throws NotFoundException when the user cannot see the complaint, or may not add attachments at all
     * @throws DomainException when the complaint is closed, or the file is empty, too large or of a refused type
     */
    @Transactional
    public AttachmentView attach(CurrentUser user, long complaintId, Upload file) {
        var complaint = visible(user, complaintId);
        if (!mayAttach(user)) {
            throw new NotFoundException("entity.complaint", complaintId);
        }
        if (!complaint.getState().isOpen()) {
            throw new DomainException("servicedesk.attachment.complaintClosed", complaint.getNumber());
        }
        return documents.attach(OWNER_TYPE, String.valueOf(complaintId), file);
    }

    /**
     * One attachment of a complaint the user sees, with a way to open its bytes (the caller closes the stream).
     *
     * @throws NotFoundException when the user cannot see the complaint or it has no such attachment
     */
    public AttachedFile file(CurrentUser user, long complaintId, long attachmentId) {
        var attachment = list(user, complaintId).stream()
            .filter(a -> a.id().value() == attachmentId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("entity.attachment", attachmentId));
        return new AttachedFile(attachment,
                () -> documents.open(OWNER_TYPE, String.valueOf(complaintId), attachment.id(), false));
    }

    private Complaint visible(CurrentUser user, long complaintId) {
        if (!user.can(ServiceDeskPermissions.COMPLAINTS_VIEW)) {
            throw new NotFoundException("entity.complaint", complaintId);
        }
        return scoped.find(user.scope(), complaintId);
    }

    private static boolean mayAttach(CurrentUser user) {
        return user.can(ServiceDeskPermissions.COMPLAINTS_FILE) || user.can(ServiceDeskPermissions.COMPLAINTS_HANDLE)
                || user.can(ServiceDeskPermissions.COMPLAINTS_INVESTIGATE);
    }

    private @Nullable Complaint find(CurrentUser user, String ownerId) {
        try {
            return visible(user, Long.parseLong(ownerId));
        }
        catch (NumberFormatException | NotFoundException ex) {
            return null;
        }
    }

    /** An attachment and its bytes, opened when sent. */
    public record AttachedFile(AttachmentView attachment, Supplier<InputStream> content) {
    }

}
