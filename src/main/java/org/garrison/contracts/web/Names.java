package org.garrison.contracts.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.ClientChoice;
import org.garrison.organisation.OrganisationManagement.Named;
import org.springframework.stereotype.Component;

/** Client, site and branch names by id, for pages that show records referring to them by id. */
@Component
class Names {

    private final OrganisationManagement organisation;

    Names(OrganisationManagement organisation) {
        this.organisation = organisation;
    }

    Map<Long, String> clients() {
        return organisation.clientNames().stream().collect(Collectors.toMap(c -> c.id().value(), ClientChoice::name));
    }

    Map<Long, String> sites() {
        return organisation.siteNames().stream().collect(Collectors.toMap(Named::id, Named::name));
    }

}
