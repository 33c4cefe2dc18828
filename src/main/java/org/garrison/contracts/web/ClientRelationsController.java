package org.garrison.contracts.web;

import static org.garrison.contracts.web.ContractController.scope;

import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.contracts.internal.ClientRelations;
import org.garrison.contracts.internal.RelationQueries;
import org.garrison.contracts.internal.Commitment.Source;
import org.garrison.contracts.web.RelationForms.CommitmentEntry;
import org.garrison.contracts.web.RelationForms.Kept;
import org.garrison.contracts.web.RelationForms.MeetingEntry;
import org.garrison.contracts.web.RelationForms.ReturnVisitOutcome;
import org.garrison.contracts.web.RelationForms.ReturnVisitPlan;
import org.garrison.contracts.web.RelationForms.VisitPlan;
import org.garrison.contracts.web.RelationForms.VisitRecord;
import org.garrison.contracts.web.RelationForms.VisitReport;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
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
 * Client relations: plan, record and report visits, commitments and action items until kept, return
 * visits with their outcome, communication meetings. Refusals come back to the page as a message.
 */
@Controller
class ClientRelationsController {

    private final ClientRelations relations;

    private final RelationQueries queries;

    ClientRelationsController(ClientRelations relations, RelationQueries queries) {
        this.relations = relations;
        this.queries = queries;
    }

    @GetMapping("/contracts/visits/{id}")
    @PreAuthorize("hasAuthority('CONTRACTS_VIEW')")
    String visit(@PathVariable long id, Model model) {
        var visit = queries.visit(scope(), id);
        model.addAttribute("visit", visit);
        model.addAttribute("commitments", queries.commitmentsMadeOn(visit));
        model.addAttribute("visitRecord", new VisitRecord(null, "", "", ""));
        model.addAttribute("visitReport", new VisitReport(""));
        model.addAttribute("commitment", new CommitmentEntry("", "", null));
        return "contracts/visit";
    }

    @PostMapping("/contracts/clients/{clientId}/visits")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    String planVisit(@PathVariable long clientId, @Valid @ModelAttribute VisitPlan form, BindingResult errors,
            RedirectAttributes redirect) {
        relations.dossier(scope(), clientId);
        return act(errors, redirect, "redirect:/contracts/clients/" + clientId, () -> relations.planVisit(scope(), clientId,
                Objects.requireNonNull(form.purpose()), Objects.requireNonNull(form.visitee()),
                Objects.requireNonNull(form.plannedOn()), CurrentUser.require().displayName()));
    }

    @PostMapping("/contracts/visits/{id}/record")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    String recordVisit(@PathVariable long id, @Valid @ModelAttribute VisitRecord form, BindingResult errors,
            RedirectAttributes redirect) {
        relations.visit(scope(), id);
        return act(errors, redirect, "redirect:/contracts/visits/" + id, () -> relations.recordVisit(scope(), id,
                Objects.requireNonNull(form.visitedOn()), Objects.requireNonNull(form.peopleMet()),
                Objects.requireNonNull(form.discussed()), form.opinions() == null ? "" : form.opinions()));
    }

    @PostMapping("/contracts/visits/{id}/report")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    String reportVisit(@PathVariable long id, @Valid @ModelAttribute VisitReport form, BindingResult errors,
            RedirectAttributes redirect) {
        relations.visit(scope(), id);
        return act(errors, redirect, "redirect:/contracts/visits/" + id,
                () -> relations.reportVisit(scope(), id, Objects.requireNonNull(form.report())));
    }

    @PostMapping("/contracts/visits/{id}/commitments")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    String commitOnVisit(@PathVariable long id, @Valid @ModelAttribute CommitmentEntry form, BindingResult errors,
            RedirectAttributes redirect) {
        relations.visit(scope(), id);
        return act(errors, redirect, "redirect:/contracts/visits/" + id, () -> commit(Source.VISIT, id, form));
    }

    @PostMapping("/contracts/clients/{clientId}/meetings/{id}/items")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    String actionItem(@PathVariable long clientId, @PathVariable long id, @Valid @ModelAttribute CommitmentEntry form,
            BindingResult errors, RedirectAttributes redirect) {
        relations.dossier(scope(), clientId);
        return act(errors, redirect, "redirect:/contracts/clients/" + clientId, () -> commit(Source.MEETING, id, form));
    }

    @PostMapping("/contracts/clients/{clientId}/commitments/{id}/kept")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    String kept(@PathVariable long clientId, @PathVariable long id, @Valid @ModelAttribute Kept form,
            BindingResult errors, RedirectAttributes redirect) {
        relations.dossier(scope(), clientId);
        return act(errors, redirect, "redirect:/contracts/clients/" + clientId,
                () -> relations.keep(scope(), id, Objects.requireNonNull(form.note())));
    }

    @PostMapping("/contracts/clients/{clientId}/return-visits")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    String scheduleReturnVisit(@PathVariable long clientId, @Valid @ModelAttribute ReturnVisitPlan form,
            BindingResult errors, RedirectAttributes redirect) {
        relations.dossier(scope(), clientId);
        return act(errors, redirect, "redirect:/contracts/clients/" + clientId, () -> relations.scheduleReturnVisit(
                scope(), clientId, Objects.requireNonNull(form.method()), Objects.requireNonNull(form.scheduledOn()),
                form.repeatMonths()));
    }

    @PostMapping("/contracts/clients/{clientId}/return-visits/{id}/outcome")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    String returnVisitDone(@PathVariable long clientId, @PathVariable long id, @Valid @ModelAttribute ReturnVisitOutcome form,
            BindingResult errors, RedirectAttributes redirect) {
        relations.dossier(scope(), clientId);
        return act(errors, redirect, "redirect:/contracts/clients/" + clientId,
                () -> relations.returnVisitDone(scope(), id, Objects.requireNonNull(form.outcome()), form.satisfied()));
    }

    @PostMapping("/contracts/clients/{clientId}/meetings")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    String recordMeeting(@PathVariable long clientId, @Valid @ModelAttribute MeetingEntry form, BindingResult errors,
            RedirectAttributes redirect) {
        relations.dossier(scope(), clientId);
        return act(errors, redirect, "redirect:/contracts/clients/" + clientId, () -> relations.recordMeeting(scope(),
                clientId, Objects.requireNonNull(form.heldOn()), Objects.requireNonNull(form.topic()),
                Objects.requireNonNull(form.attendees()), Objects.requireNonNull(form.minutes())));
    }

    private void commit(Source source, long sourceId, CommitmentEntry form) {
        relations.commit(scope(), source, sourceId, Objects.requireNonNull(form.what()), Objects.requireNonNull(form.owner()),
                Objects.requireNonNull(form.due()));
    }

    private static String act(BindingResult errors, RedirectAttributes redirect, String back, Runnable action) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("refusalKey", "relations.invalid");
            return back;
        }
        try {
            action.run();
            redirect.addFlashAttribute("flash", "common.saved");
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("refusalKey", ex.messageKey());
            redirect.addFlashAttribute("refusalArgs", ex.arguments());
        }
        return back;
    }

}
