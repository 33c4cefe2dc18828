package org.garrison.approvals.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.garrison.approvals.internal.ApprovalChains;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** Names the approval screens show for type keys and site ids. */
@Component
class ApprovalLabels {

    private final ApprovalChains chains;

    private final OrganisationManagement organisation;

    ApprovalLabels(ApprovalChains chains, OrganisationManagement organisation) {
        this.chains = chains;
        this.organisation = organisation;
    }

    /** The name of each request type in the language, by type key. */
    Map<String, String> types(Locale locale) {
        var names = new HashMap<String, String>();
        chains.list().forEach(chain -> names.put(chain.getType(), chain.label(locale)));
        return names;
    }

    /** The name of each site of the signed-in user's scope (where the requests they see are), by id. */
    Map<Long, String> sites() {
        var names = new HashMap<Long, String>();
        organisation.siteChoices(CurrentUser.require().scope()).forEach(site -> names.put(site.id().value(), site.name()));
        return names;
    }

}
