package org.garrison.organisation.web;

import jakarta.validation.Valid;

import org.garrison.organisation.internal.ClientContacts;
import org.garrison.organisation.internal.ClientStatus;
import org.garrison.organisation.internal.Clients;
import org.garrison.organisation.internal.OrgDirectory;
import org.garrison.organisation.internal.OrgStructure.SiteFilter;
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

/** Client records (客户信息资料库) within the user's scope: search, detail with sites, create and change. */
@Controller
class ClientController {

    private static final String FORM = "organisation/client-form";

    private final Clients clients;

    private final OrgDirectory directory;

    private final ClientContacts contacts;

    ClientController(Clients clients, OrgDirectory directory, ClientContacts contacts) {
        this.clients = clients;
        this.directory = directory;
        this.contacts = contacts;
    }

    @GetMapping("/clients")
    @PreAuthorize("hasAuthority('CLIENTS_VIEW')")
    String list(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable ClientStatus status,
            @RequestParam(required = false) @Nullable String tag, Model model) {
        model.addAttribute("clients", clients.list(scope(), q, status, tag));
        model.addAttribute("q", q);
        model.addAttribute("tag", tag);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ClientStatus.values());
        return "organisation/clients";
    }

    @GetMapping("/clients/{id}")
    @PreAuthorize("hasAuthority('CLIENTS_VIEW')")
    String show(@PathVariable long id, Model model) {
        var scope = scope();
        model.addAttribute("client", clients.get(scope, id));
        model.addAttribute("sites", directory.sites(scope, new SiteFilter(null, id, null)));
        model.addAttribute("contacts", contacts.of(scope, id));
        model.addAttribute("contact", ContactForm.empty());
        return "organisation/client";
    }

    @PostMapping("/clients/{id}/contacts")
    @PreAuthorize("hasAuthority('CLIENTS_MANAGE')")
    String addContact(@PathVariable long id, @Valid @ModelAttribute("contact") ContactForm form, BindingResult errors,
            RedirectAttributes redirect) {
        var scope = scope();
        clients.get(scope, id);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("refusalKey", "client.contact.invalid");
            return "redirect:/clients/" + id;
        }
        contacts.add(scope, id, java.util.Objects.requireNonNull(form.name()), java.util.Objects.requireNonNull(form.role()),
                form.phone(), form.email());
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/clients/" + id;
    }

    @PostMapping("/clients/{id}/contacts/{contactId}/delete")
    @PreAuthorize("hasAuthority('CLIENTS_MANAGE')")
    String removeContact(@PathVariable long id, @PathVariable long contactId, RedirectAttributes redirect) {
        contacts.remove(scope(), id, contactId);
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/clients/" + id;
    }

    @GetMapping("/clients/new")
    @PreAuthorize("hasAuthority('CLIENTS_MANAGE')")
    String newClient(Model model) {
        model.addAttribute("form", ClientForm.blank());
        return form(model, null);
    }

    @PostMapping("/clients")
    @PreAuthorize("hasAuthority('CLIENTS_MANAGE')")
    String create(@Valid @ModelAttribute("form") ClientForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        long id;
        try {
            id = clients.create(form.details()).getId();
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/clients/" + id;
    }

    @GetMapping("/clients/{id}/edit")
    @PreAuthorize("hasAuthority('CLIENTS_MANAGE')")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", ClientForm.of(clients.get(scope(), id)));
        return form(model, id);
    }

    @PostMapping("/clients/{id}")
    @PreAuthorize("hasAuthority('CLIENTS_MANAGE')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ClientForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        var scope = scope();
        if (errors.hasErrors()) {
            clients.get(scope, id);
            return form(model, id);
        }
        try {
            clients.update(scope, id, form.details());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/clients/" + id;
    }

    private static String form(Model model, @Nullable Long id) {
        model.addAttribute("clientId", id);
        model.addAttribute("statuses", ClientStatus.values());
        return FORM;
    }

    private static DataScope scope() {
        return CurrentUser.require().scope();
    }

}
