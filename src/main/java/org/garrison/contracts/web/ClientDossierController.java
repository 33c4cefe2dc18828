package org.garrison.contracts.web;

import static org.garrison.contracts.web.ContractController.scope;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.contracts.internal.ClientRelations;
import org.garrison.contracts.internal.ContractQueries;
import org.garrison.contracts.internal.PortalAccounts;
import org.garrison.contracts.internal.ReturnVisit.Method;
import org.garrison.contracts.web.RelationForms.CommitmentEntry;
import org.garrison.contracts.web.RelationForms.Kept;
import org.garrison.contracts.web.RelationForms.MeetingEntry;
import org.garrison.contracts.web.RelationForms.PortalAccount;
import org.garrison.contracts.web.RelationForms.ReturnVisitOutcome;
import org.garrison.contracts.web.RelationForms.ReturnVisitPlan;
import org.garrison.contracts.web.RelationForms.VisitPlan;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.ClientId;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client dossier: everything about one client in one place — its record, sites, contracts and
 * versions, visits, commitments, return visits and meetings.
 */
@Controller
class ClientDossierController {

    private final OrganisationManagement organisation;

    private final ContractQueries contracts;

    private final ClientRelations relations;

    private final PortalAccounts portal;

    private final Clock clock;

    ClientDossierController(OrganisationManagement organisation, ContractQueries contracts, ClientRelations relations,
            PortalAccounts portal, Clock clock) {
        this.organisation = organisation;
        this.contracts = contracts;
        this.relations = relations;
        this.portal = portal;
        this.clock = clock;
    }

    @GetMapping("/contracts/clients/{clientId}")
    @PreAuthorize("hasAuthority('CONTRACTS_VIEW')")
    String dossier(@PathVariable long clientId, Model model) {
        var scope = scope();
        var client = organisation.client(scope, new ClientId(clientId))
            .orElseThrow(() -> new NotFoundException("entity.client", clientId));
        var dossier = relations.dossier(scope, clientId);
        model.addAttribute("client", client);
        model.addAttribute("sites", organisation.sitesOf(scope, new ClientId(clientId)));
        model.addAttribute("contacts", organisation.contactsOf(scope, new ClientId(clientId)));
        model.addAttribute("contracts", contracts.list(scope, null, null, clientId));
        model.addAttribute("dossier", dossier);
        model.addAttribute("methods", Method.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("meetingItems", dossier.commitments().stream()
            .filter(c -> c.getSource() == org.garrison.contracts.internal.Commitment.Source.MEETING)
            .collect(java.util.stream.Collectors.groupingBy(c -> Objects.requireNonNull(c.getSourceId()))));
        model.addAttribute("visitPlan", new VisitPlan("", "", null));
        model.addAttribute("returnVisitPlan", new ReturnVisitPlan(null, null, null));
        model.addAttribute("meeting", new MeetingEntry(null, "", "", ""));
        model.addAttribute("portalAccount", new PortalAccount("", ""));
        model.addAttribute("kept", new Kept(""));
        model.addAttribute("actionItem", new CommitmentEntry("", "", null));
        model.addAttribute("returnVisitOutcome", new ReturnVisitOutcome("", false));
        return "contracts/dossier";
    }

    @PostMapping("/contracts/clients/{clientId}/contacts/{contactId}/portal-account")
    @PreAuthorize("hasAuthority('CLIENTS_MANAGE')")
    String createPortalAccount(@PathVariable long clientId, @PathVariable long contactId,
            @Valid @ModelAttribute PortalAccount form, BindingResult errors, RedirectAttributes redirect) {
        String back = "redirect:/contracts/clients/" + clientId;
        organisation.contactsOf(scope(), new ClientId(clientId));
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("refusalKey", "relations.invalid");
            return back;
        }
        try {
            portal.create(scope(), clientId, contactId, Objects.requireNonNull(form.username()),
                    Objects.requireNonNull(form.password()));
            redirect.addFlashAttribute("flash", "dossier.portalAccountCreated");
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("refusalKey", ex.messageKey());
            redirect.addFlashAttribute("refusalArgs", ex.arguments());
        }
        return back;
    }

}
