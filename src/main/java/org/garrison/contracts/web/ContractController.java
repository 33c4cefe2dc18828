package org.garrison.contracts.web;

import jakarta.validation.Valid;

import org.garrison.contracts.internal.ContractLifecycle;
import org.garrison.contracts.internal.ContractQueries;
import org.garrison.contracts.internal.ContractStatus;
import org.garrison.contracts.internal.StartUpTasks;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
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

/** Contracts within the user's scope: list, inquiry, the contract's page, termination, withdrawal and renewal. */
@Controller
class ContractController {

    private final ContractQueries queries;

    private final ContractLifecycle lifecycle;

    private final StartUpTasks tasks;

    private final OrganisationManagement organisation;

    private final Names names;

    ContractController(ContractQueries queries, ContractLifecycle lifecycle, StartUpTasks tasks,
            OrganisationManagement organisation, Names names) {
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.tasks = tasks;
        this.organisation = organisation;
        this.names = names;
    }

    @GetMapping("/contracts")
    @PreAuthorize("hasAuthority('CONTRACTS_VIEW')")
    String list(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable ContractStatus status, Model model) {
        var contracts = queries.list(scope(), q, status, null);
        model.addAttribute("contracts", contracts);
        model.addAttribute("clientNames", names.clients(contracts.stream().map(c -> c.getClientId()).distinct().toList()));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ContractStatus.values());
        return "contracts/list";
    }

    @GetMapping("/contracts/new")
    @PreAuthorize("hasAuthority('CONTRACTS_MANAGE')")
    String newInquiry(@RequestParam(required = false) @Nullable Long clientId, Model model) {
        model.addAttribute("form", InquiryForm.blank(clientId));
        return inquiryForm(model);
    }

    @PostMapping("/contracts")
    @PreAuthorize("hasAuthority('CONTRACTS_MANAGE')")
    String recordInquiry(@Valid @ModelAttribute("form") InquiryForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return inquiryForm(model);
        }
        long id;
        try {
            id = lifecycle.recordInquiry(scope(), java.util.Objects.requireNonNull(form.clientId()), form.inquiry()).getId();
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return inquiryForm(model);
        }
        redirect.addFlashAttribute("flash", "contract.inquiryRecorded");
        return "redirect:/contracts/" + id;
    }

    @GetMapping("/contracts/{id}")
    @PreAuthorize("hasAuthority('CONTRACTS_VIEW')")
    String show(@PathVariable long id, Model model) {
        var scope = scope();
        var contract = queries.get(scope, id);
        model.addAttribute("contract", contract);
        model.addAttribute("clientName", names.clients(java.util.List.of(contract.getClientId())).get(contract.getClientId()));
        model.addAttribute("versions", queries.versions(scope, id));
        var startUp = tasks.ofContract(id);
        model.addAttribute("tasks", startUp);
        model.addAttribute("siteNames", names.sites(startUp.stream().map(t -> t.getSiteId()).distinct().toList()));
        model.addAttribute("ending", new ReasonForm(""));
        return "contracts/detail";
    }

    @PostMapping("/contracts/{id}/terminate")
    @PreAuthorize("hasAuthority('CONTRACTS_MANAGE')")
    String terminate(@PathVariable long id, @Valid @ModelAttribute ReasonForm form, BindingResult errors,
            RedirectAttributes redirect) {
        return endWith(id, form, errors, redirect, () -> lifecycle.terminate(scope(), id, form.reason()),
                "contract.terminated");
    }

    @PostMapping("/contracts/{id}/withdraw")
    @PreAuthorize("hasAuthority('CONTRACTS_MANAGE')")
    String withdraw(@PathVariable long id, @Valid @ModelAttribute ReasonForm form, BindingResult errors,
            RedirectAttributes redirect) {
        return endWith(id, form, errors, redirect, () -> lifecycle.withdraw(scope(), id, form.reason()),
                "contract.withdrawn");
    }

    @PostMapping("/contracts/{id}/renew")
    @PreAuthorize("hasAuthority('CONTRACTS_MANAGE')")
    String renew(@PathVariable long id, RedirectAttributes redirect) {
        try {
            long renewal = lifecycle.startRenewal(scope(), id).getId();
            redirect.addFlashAttribute("flash", "contract.renewalStarted");
            return "redirect:/contracts/" + renewal;
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("refusalKey", ex.messageKey());
            redirect.addFlashAttribute("refusalArgs", ex.arguments());
            return "redirect:/contracts/" + id;
        }
    }

    private String endWith(long id, ReasonForm form, BindingResult errors, RedirectAttributes redirect, Runnable action,
            String flash) {
        queries.get(scope(), id);
        if (errors.hasErrors() || form.reason() == null) {
            redirect.addFlashAttribute("refusalKey", "contract.reasonMissing");
            return "redirect:/contracts/" + id;
        }
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("refusalKey", ex.messageKey());
            redirect.addFlashAttribute("refusalArgs", ex.arguments());
        }
        return "redirect:/contracts/" + id;
    }

    private String inquiryForm(Model model) {
        model.addAttribute("clients", organisation.clientsIn(scope()));
        return "contracts/inquiry-form";
    }

    static DataScope scope() {
        return CurrentUser.require().scope();
    }

}
