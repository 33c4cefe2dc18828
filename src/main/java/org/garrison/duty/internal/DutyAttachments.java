package org.garrison.duty.internal;

import org.garrison.documents.AttachmentOwner;
import org.garrison.duty.DutyPermissions;
import org.garrison.shared.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Photos of post checks: seen by whoever sees the check (a covert one only by those who may see it), added by those
 * who record checks.
 */
@Component
class DutyAttachments implements AttachmentOwner {

    private final PostChecks checks;

    DutyAttachments(PostChecks checks) {
        this.checks = checks;
    }

    @Override
    public String ownerType() {
        return PostChecks.ENTITY;
    }

    @Override
    public boolean canSee(CurrentUser user, String ownerId) {
        long id = id(ownerId);
        return user.can(DutyPermissions.DUTY_VIEW) && id > 0 && checks.exists(user, id);
    }

    @Override
    public boolean canAttach(CurrentUser user, String ownerId) {
        long id = id(ownerId);
        return user.can(DutyPermissions.DUTY_CHECK) && id > 0 && checks.exists(user, id);
    }

    private static long id(String ownerId) {
        try {
            return Long.parseLong(ownerId);
        }
        catch (NumberFormatException ex) {
            return -1;
        }
    }

}
