package org.garrison.servicedesk.web;

import org.garrison.documents.AttachmentOwner;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Complaints take attachments (photos, letters): seen by whoever sees the complaint, added while it is open. */
@Component
class ComplaintAttachments implements AttachmentOwner {

    private final ComplaintQueries queries;

    ComplaintAttachments(ComplaintQueries queries) {
        this.queries = queries;
    }

    @Override
    public String ownerType() {
        return "Complaint";
    }

    @Override
    public boolean canSee(CurrentUser user, String ownerId) {
        return user.can(ServiceDeskPermissions.COMPLAINTS_VIEW) && open(user, ownerId) != null;
    }

    @Override
    public boolean canAttach(CurrentUser user, String ownerId) {
        Boolean open = user.can(ServiceDeskPermissions.COMPLAINTS_FILE) || user.can(ServiceDeskPermissions.COMPLAINTS_HANDLE)
                || user.can(ServiceDeskPermissions.COMPLAINTS_INVESTIGATE) ? open(user, ownerId) : null;
        return Boolean.TRUE.equals(open);
    }

    /** Whether the complaint is still open, or {@code null} when the user cannot see it. */
    private @Nullable Boolean open(CurrentUser user, String ownerId) {
        try {
            return queries.card(user, Long.parseLong(ownerId)).complaint().getState().isOpen();
        }
        catch (NumberFormatException | NotFoundException ex) {
            return null;
        }
    }

}
