package org.garrison.facilities.workorders;

import org.garrison.documents.AttachmentOwner;
import org.garrison.facilities.FacilitiesPermissions;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotFoundException;

import org.springframework.stereotype.Component;

/** Photos of work orders: seen by whoever sees the order, added by those who file or work on orders. */
@Component
class WorkOrderAttachments implements AttachmentOwner {

    private final ScopedWorkOrders scoped;

    WorkOrderAttachments(ScopedWorkOrders scoped) {
        this.scoped = scoped;
    }

    @Override
    public String ownerType() {
        return WorkOrderJournal.ENTITY;
    }

    @Override
    public boolean canSee(CurrentUser user, String ownerId) {
        return user.can(FacilitiesPermissions.FACILITIES_VIEW) && inScope(user, ownerId);
    }

    @Override
    public boolean canAttach(CurrentUser user, String ownerId) {
        return (user.can(FacilitiesPermissions.FACILITIES_REQUEST) || user.can(FacilitiesPermissions.FACILITIES_WORK))
                && inScope(user, ownerId);
    }

    private boolean inScope(CurrentUser user, String ownerId) {
        try {
            scoped.find(user.scope(), Long.parseLong(ownerId));
            return true;
        }
        catch (NumberFormatException | NotFoundException ex) {
            return false;
        }
    }

}
