package org.garrison.contracts.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.ClientId;
import org.garrison.shared.SiteId;
import org.springframework.stereotype.Component;

/** Client and site names by id, for pages that show records referring to them by id (only the ids shown are looked up). */
@Component
class Names {

    private final OrganisationManagement organisation;

    Names(OrganisationManagement organisation) {
        this.organisation = organisation;
    }

    Map<Long, String> clients(Collection<Long> ids) {
        var names = new HashMap<Long, String>();
        organisation.clientNames(ids.stream().map(ClientId::new).toList()).forEach((id, name) -> names.put(id.value(), name));
        return names;
    }

    Map<Long, String> sites(Collection<Long> ids) {
        var names = new HashMap<Long, String>();
        organisation.siteNames(ids.stream().map(SiteId::new).toList()).forEach((id, name) -> names.put(id.value(), name));
        return names;
    }

}
