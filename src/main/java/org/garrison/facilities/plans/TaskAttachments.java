package org.garrison.facilities.plans;

import org.garrison.documents.AttachmentOwner;
import org.garrison.facilities.FacilitiesPermissions;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotFoundException;

import org.springframework.stereotype.Component;

/** Photos of tasks done: seen by whoever sees the task, added by the staff who do them. */
@Component
class TaskAttachments implements AttachmentOwner {

    static final String OWNER_TYPE = "ServiceTask";

    private final ServiceTasks tasks;

    TaskAttachments(ServiceTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public boolean canSee(CurrentUser user, String ownerId) {
        return user.can(FacilitiesPermissions.FACILITIES_VIEW) && inScope(user, ownerId);
    }

    @Override
    public boolean canAttach(CurrentUser user, String ownerId) {
        return user.can(FacilitiesPermissions.FACILITIES_WORK) && inScope(user, ownerId);
    }

    private boolean inScope(CurrentUser user, String ownerId) {
        try {
            tasks.card(user.scope(), Long.parseLong(ownerId));
            return true;
        }
        catch (NumberFormatException | NotFoundException ex) {
            return false;
        }
    }

}
