package org.garrison.contracts.web;

import static org.garrison.contracts.web.ContractController.scope;

import jakarta.validation.Valid;

import org.garrison.contracts.ServiceKind;
import org.garrison.contracts.internal.ContractLifecycle;
import org.garrison.contracts.internal.ContractQueries;
import org.garrison.contracts.internal.ProposalComparison;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Proposal versions (服务方案) of a contract: draft the next version, read one, compare two side by side. */
@Controller
class ProposalController {

    private final ContractQueries queries;

    private final ContractLifecycle lifecycle;

    ProposalController(ContractQueries queries, ContractLifecycle lifecycle) {
        this.queries = queries;
        this.lifecycle = lifecycle;
    }

    @GetMapping("/contracts/{id}/proposals/new")
    @PreAuthorize("hasAuthority('CONTRACTS_MANAGE')")
    String newVersion(@PathVariable long id, Model model) {
        var latest = queries.latest(scope(), id).orElse(null);
        var form = ProposalForm.startingFrom(latest);
        model.addAttribute("form", form);
        return form(model, id, form);
    }

    @PostMapping("/contracts/{id}/proposals")
    @PreAuthorize("hasAuthority('CONTRACTS_MANAGE')")
    String propose(@PathVariable long id, @Valid @ModelAttribute("form") ProposalForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        queries.get(scope(), id);
        if (errors.hasErrors()) {
            return form(model, id, form);
        }
        int number;
        try {
            number = lifecycle.propose(scope(), id, java.util.Objects.requireNonNull(form.changes()), form.terms())
                .getNumber();
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, id, form);
        }
        redirect.addFlashAttribute("flash", "proposal.saved");
        return "redirect:/contracts/" + id + "/proposals/" + number;
    }

    @GetMapping("/contracts/{id}/proposals/{number}")
    @PreAuthorize("hasAuthority('CONTRACTS_VIEW')")
    String show(@PathVariable long id, @PathVariable int number, Model model) {
        model.addAttribute("contract", queries.get(scope(), id));
        model.addAttribute("version", queries.version(scope(), id, number));
        return "contracts/proposal";
    }

    @GetMapping("/contracts/{id}/compare")
    @PreAuthorize("hasAuthority('CONTRACTS_VIEW')")
    String compare(@PathVariable long id, @RequestParam int left, @RequestParam int right, Model model) {
        var scope = scope();
        model.addAttribute("contract", queries.get(scope, id));
        model.addAttribute("comparison", ProposalComparison.compare(queries.version(scope, id, left),
                queries.version(scope, id, right)));
        return "contracts/compare";
    }

    /** The form page; the form itself is in the model already (bound, or put there by the GET). */
    private String form(Model model, long id, ProposalForm form) {
        model.addAttribute("contract", queries.get(scope(), id));
        model.addAttribute("rows", form.rows());
        model.addAttribute("kinds", ServiceKind.values());
        return "contracts/proposal-form";
    }

}
