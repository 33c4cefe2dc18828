package org.garrison.contracts.web;

import static org.garrison.contracts.web.ContractController.scope;

import java.util.Objects;

import org.garrison.contracts.internal.ClientRelations;
import org.garrison.contracts.internal.ContractQueries;
import org.garrison.contracts.internal.ReturnVisit.Method;
import org.garrison.organisation.ClientId;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The client dossier: everything about one client in one place — its record, sites, contracts and
 * versions, visits, commitments, return visits and meetings.
 */
@Controller
class ClientDossierController {

    private final OrganisationManagement organisation;

    private final ContractQueries contracts;

    private final ClientRelations relations;

    ClientDossierController(OrganisationManagement organisation, ContractQueries contracts, ClientRelations relations) {
        this.organisation = organisation;
        this.contracts = contracts;
        this.relations = relations;
    }

    @GetMapping("/contracts/clients/{clientId}")
    @PreAuthorize("hasAuthority('CONTRACTS_VIEW')")
    String dossier(@PathVariable long clientId, Model model) {
        var scope = scope();
        var client = organisation.clientsIn(scope).stream()
            .filter(c -> c.id() == clientId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("entity.client", clientId));
        var dossier = relations.dossier(scope, clientId);
        model.addAttribute("client", client);
        model.addAttribute("sites", organisation.sitesOf(scope, new ClientId(clientId)));
        model.addAttribute("contracts", contracts.list(scope, null, null, clientId));
        model.addAttribute("dossier", dossier);
        model.addAttribute("methods", Method.values());
        model.addAttribute("today", java.time.LocalDate.now());
        model.addAttribute("meetingItems", dossier.commitments().stream()
            .filter(c -> c.getSource() == org.garrison.contracts.internal.Commitment.Source.MEETING)
            .collect(java.util.stream.Collectors.groupingBy(c -> Objects.requireNonNull(c.getSourceId()))));
        return "contracts/dossier";
    }

}
