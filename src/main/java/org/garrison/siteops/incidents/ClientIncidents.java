package org.garrison.siteops.incidents;

import java.util.List;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.SiteId;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.garrison.siteops.incidents.Views.ClientAction;
import org.garrison.siteops.incidents.Views.ClientIncidentCard;
import org.garrison.siteops.incidents.Views.ClientIncidentRow;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents as a client user reads them: only those at the sites of the reader's scope (the client's own
 * sites), selected in the query, so another client's incident is not found; read-only and without internal
 * details.
 */
@Service
class ClientIncidents {

    private final IncidentRepository incidents;

    private final IncidentActionRepository actions;

    private final OrganisationManagement organisation;

    ClientIncidents(IncidentRepository incidents, IncidentActionRepository actions, OrganisationManagement organisation) {
        this.incidents = incidents;
        this.actions = actions;
        this.organisation = organisation;
    }

    /** Where a client user reads the incident: the link of the alert the client receives. */
    public static String link(long id) {
        return "/siteops/client/incidents/" + id;
    }

    /** The newest incidents at the scope's sites first, at most {@link IncidentQueries#LIST_LIMIT}. */
    @Transactional(readOnly = true)
    public List<ClientIncidentRow> list(DataScope scope) {
        var found = incidents
            .findAll(IncidentScopes.atSites(organisation.siteFilter(scope)), PageRequest.of(0, IncidentQueries.LIST_LIMIT,
                    Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))))
            .getContent();
        var names = organisation.siteNamesById(found.stream().map(Incident::getSiteId).toList());
        return found.stream().map(incident -> ClientIncidentRow.of(incident, names.getOrDefault(incident.getSiteId(), ""))).toList();
    }

    /**
     * One incident at the scope's sites with its follow-up actions.
     *
     * @throws NotFoundException when there is no such incident at the scope's sites
     */
    @Transactional(readOnly = true)
    public ClientIncidentCard card(DataScope scope, long id) {
        var incident = incidents.findOne(IncidentScopes.atSites(organisation.siteFilter(scope)).and(IncidentScopes.withId(id)))
            .orElseThrow(() -> new NotFoundException("entity.incident", id));
        var followUp = actions.findByIncidentIdOrderByTakenAtAscIdAsc(id)
            .stream()
            .map(action -> new ClientAction(action.getTakenAt(), action.getNote()))
            .toList();
        return new ClientIncidentCard(ClientIncidentRow.of(incident, organisation.siteName(new SiteId(incident.getSiteId()))),
                incident.getSummary(), incident.isPoliceCalled(), incident.getClosedAt(), followUp);
    }

}
