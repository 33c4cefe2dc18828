package org.garrison.documents.web;

import jakarta.validation.Valid;

import org.garrison.documents.DocumentPermissions;
import org.garrison.documents.internal.Confidentiality;
import org.garrison.documents.internal.DocumentQueries;
import org.garrison.documents.internal.DocumentRegister;
import org.garrison.documents.internal.DocumentType;
import org.garrison.documents.internal.Reader;
import org.garrison.documents.internal.Views.DocumentFilter;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The document register (附件): the filtered list, a document with its versions, registering, new versions, downloads. */
@Controller
class DocumentController {

    private final DocumentQueries queries;

    private final DocumentRegister register;

    private final OrganisationManagement organisation;

    DocumentController(DocumentQueries queries, DocumentRegister register, OrganisationManagement organisation) {
        this.queries = queries;
        this.register = register;
        this.organisation = organisation;
    }

    @GetMapping("/documents")
    @PreAuthorize("hasAuthority('DOCUMENTS_VIEW')")
    String list(@RequestParam(required = false) @Nullable DocumentType type,
            @RequestParam(required = false) @Nullable Confidentiality confidentiality,
            @RequestParam(required = false) @Nullable Long siteId, @RequestParam(required = false) @Nullable String q,
            Model model) {
        var user = CurrentUser.require();
        model.addAttribute("documents", queries.list(Reader.of(user), new DocumentFilter(type, confidentiality, siteId, q)));
        model.addAttribute("filter", new DocumentFilter(type, confidentiality, siteId, q));
        model.addAttribute("limit", DocumentQueries.LIST_LIMIT);
        choices(model, user);
        return "documents/list";
    }

    @GetMapping("/documents/{id}")
    @PreAuthorize("hasAuthority('DOCUMENTS_VIEW')")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("card", queries.card(reader(), id));
        return "documents/detail";
    }

    @GetMapping("/documents/new")
    @PreAuthorize("hasAuthority('DOCUMENTS_MANAGE')")
    String newDocument(Model model) {
        model.addAttribute("form", DocumentForm.blank());
        return form(model);
    }

    @PostMapping("/documents")
    @PreAuthorize("hasAuthority('DOCUMENTS_MANAGE')")
    String create(@Valid @ModelAttribute("form") DocumentForm form, BindingResult errors,
            @RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model);
        }
        long id;
        try {
            id = register.register(reader(), form.details(), Uploads.of(file)).getId();
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/documents/" + id;
    }

    @GetMapping("/documents/{id}/versions/new")
    @PreAuthorize("hasAuthority('DOCUMENTS_MANAGE')")
    String newVersion(@PathVariable long id, Model model) {
        model.addAttribute("form", VersionForm.blank());
        return versionForm(model, id);
    }

    @PostMapping("/documents/{id}/versions")
    @PreAuthorize("hasAuthority('DOCUMENTS_MANAGE')")
    String addVersion(@PathVariable long id, @Valid @ModelAttribute("form") VersionForm form, BindingResult errors,
            @RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return versionForm(model, id);
        }
        try {
            register.addVersion(reader(), id, form.changeNote(), Uploads.of(file));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return versionForm(model, id);
        }
        redirect.addFlashAttribute("flash", "documents.versionAdded");
        return "redirect:/documents/" + id;
    }

    @GetMapping("/documents/{id}/versions/{version}/download")
    @PreAuthorize("hasAuthority('DOCUMENTS_VIEW')")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable int version) {
        return Uploads.send(queries.download(reader(), id, version), false);
    }

    @GetMapping("/documents/{id}/versions/{version}/thumbnail")
    @PreAuthorize("hasAuthority('DOCUMENTS_VIEW')")
    ResponseEntity<InputStreamResource> thumbnail(@PathVariable long id, @PathVariable int version) {
        return Uploads.send(queries.thumbnail(reader(), id, version), true);
    }

    private String form(Model model) {
        choices(model, CurrentUser.require());
        return "documents/form";
    }

    private String versionForm(Model model, long id) {
        model.addAttribute("card", queries.card(reader(), id));
        return "documents/version-form";
    }

    private void choices(Model model, CurrentUser user) {
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("levels", user.can(DocumentPermissions.DOCUMENTS_CONFIDENTIAL)
                ? Confidentiality.values() : new Confidentiality[] { Confidentiality.PUBLIC, Confidentiality.INTERNAL });
        model.addAttribute("sites", organisation.siteChoices(user.scope()));
    }

    private static Reader reader() {
        return Reader.of(CurrentUser.require());
    }

}
