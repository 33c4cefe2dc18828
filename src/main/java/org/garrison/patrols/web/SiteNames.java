package org.garrison.patrols.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement.SiteChoice;

/** The user's sites by id and name, in code order, as the patrol pages list them and offer them to pick. */
final class SiteNames {

    private SiteNames() {
    }

    static Map<Long, String> of(List<SiteChoice> choices) {
        var names = new LinkedHashMap<Long, String>();
        choices.forEach(s -> names.put(s.id().value(), s.name()));
        return names;
    }

}
