package org.garrison.notifications.internal;

import java.util.List;

import org.garrison.identity.IdentityManagement;
import org.garrison.identity.IdentityManagement.Contact;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;
import org.springframework.stereotype.Component;

/** The people an alert is for: the named users and the role holders whose data scope covers its site. */
@Component
class Audience {

    private final IdentityManagement identity;

    private final OrganisationManagement organisation;

    Audience(IdentityManagement identity, OrganisationManagement organisation) {
        this.identity = identity;
        this.organisation = organisation;
    }

    List<Contact> of(NotificationRequested request) {
        var candidates = identity.contacts(request.userIds(), request.roleCodes());
        Long siteId = request.siteId() == null ? null : request.siteId().value();
        return Recipients.select(candidates, siteId,
                scope -> siteId != null && organisation.covers(scope, new SiteId(siteId)));
    }

}
