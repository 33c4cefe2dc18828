package org.garrison.siteops.internal;

import org.garrison.documents.AttachmentOwner;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.Permission;
import org.springframework.stereotype.Component;

/** Photos and files of incidents: seen by whoever sees the incident, added while it is open by those who record. */
@Component
class IncidentAttachments implements AttachmentOwner {

    private final IncidentQueries incidents;

    IncidentAttachments(IncidentQueries incidents) {
        this.incidents = incidents;
    }

    @Override
    public String ownerType() {
        return Incidents.OWNER_TYPE;
    }

    @Override
    public boolean canSee(CurrentUser user, String ownerId) {
        return user.can(Permission.SITEOPS_VIEW) && id(ownerId) > 0 && incidents.exists(user.scope(), id(ownerId), false);
    }

    @Override
    public boolean canAttach(CurrentUser user, String ownerId) {
        return user.can(Permission.SITEOPS_RECORD) && id(ownerId) > 0 && incidents.exists(user.scope(), id(ownerId), true);
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
