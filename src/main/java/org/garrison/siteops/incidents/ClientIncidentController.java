package org.garrison.siteops.incidents;

import org.garrison.shared.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The client's read-only view of incidents at its own sites: the list, and one incident with its follow-up. */
@Controller
class ClientIncidentController {

    private final ClientIncidents incidents;

    ClientIncidentController(ClientIncidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping("/siteops/client/incidents")
    @PreAuthorize("hasAuthority('CLIENT_INCIDENTS_VIEW')")
    String list(Model model) {
        model.addAttribute("incidents", incidents.list(CurrentUser.require().scope()));
        model.addAttribute("limit", IncidentQueries.LIST_LIMIT);
        return "siteops/client-incidents";
    }

    @GetMapping("/siteops/client/incidents/{id}")
    @PreAuthorize("hasAuthority('CLIENT_INCIDENTS_VIEW')")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("card", incidents.card(CurrentUser.require().scope(), id));
        return "siteops/client-incident";
    }

}
