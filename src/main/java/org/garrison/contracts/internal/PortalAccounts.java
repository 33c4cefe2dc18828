package org.garrison.contracts.internal;

import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.ClientId;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Client portal accounts made from a client's contacts: the account sees only that client's sites. */
@Service
public class PortalAccounts {

    private final OrganisationManagement organisation;

    private final IdentityManagement identity;

    PortalAccounts(OrganisationManagement organisation, IdentityManagement identity) {
        this.organisation = organisation;
        this.identity = identity;
    }

    /** Creates the contact's portal account with an initial password; the contact must be the client's, in scope. */
    @Transactional
    public long create(DataScope scope, long clientId, long contactId, String username, String initialPassword) {
        var contact = organisation.contactsOf(scope, new ClientId(clientId))
            .stream()
            .filter(c -> c.id().value() == contactId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("entity.clientContact", contactId));
        UserId user = identity.createClientUser(username, contact.name(), contact.email(), contact.phone(), initialPassword,
                new ClientId(clientId));
        organisation.linkContactUser(contact.id(), user);
        return user.value();
    }

}
