package org.garrison.imports.web;

import java.io.IOException;
import java.util.Arrays;

import org.garrison.imports.ImportKind;
import org.garrison.imports.internal.Imports;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages: choose what to import, download its template, upload the filled file; the upload redirects to
 * the long job's page (progress, then the summary and the report of every row to download). Each kind of file
 * has its own permission, so each has its own endpoints.
 */
@Controller
class ImportsController {

    private static final String ANY = "hasAnyAuthority('IMPORT_EMPLOYEES', 'IMPORT_CLIENTS', 'IMPORT_SITES', "
            + "'IMPORT_CHECKPOINTS')";

    private final Imports imports;

    ImportsController(Imports imports) {
        this.imports = imports;
    }

    @GetMapping("/imports")
    @PreAuthorize(ANY)
    String index(Model model) {
        var user = CurrentUser.require();
        model.addAttribute("kinds", Arrays.stream(ImportKind.values()).filter(k -> user.can(k.permission())).toList());
        return "imports/index";
    }

    @GetMapping("/imports/employees")
    @PreAuthorize("hasAuthority('IMPORT_EMPLOYEES')")
    String employees(Model model) {
        return page(ImportKind.EMPLOYEES, UploadForm.empty(), model);
    }

    @GetMapping("/imports/employees/template")
    @PreAuthorize("hasAuthority('IMPORT_EMPLOYEES')")
    ResponseEntity<byte[]> employeesTemplate() {
        return Files.send(imports.template(ImportKind.EMPLOYEES));
    }

    @PostMapping("/imports/employees")
    @PreAuthorize("hasAuthority('IMPORT_EMPLOYEES')")
    String importEmployees(@ModelAttribute("upload") UploadForm upload, BindingResult errors, Model model,
            RedirectAttributes redirect) throws IOException {
        return upload(ImportKind.EMPLOYEES, upload, errors, model, redirect);
    }

    @GetMapping("/imports/clients")
    @PreAuthorize("hasAuthority('IMPORT_CLIENTS')")
    String clients(Model model) {
        return page(ImportKind.CLIENTS, UploadForm.empty(), model);
    }

    @GetMapping("/imports/clients/template")
    @PreAuthorize("hasAuthority('IMPORT_CLIENTS')")
    ResponseEntity<byte[]> clientsTemplate() {
        return Files.send(imports.template(ImportKind.CLIENTS));
    }

    @PostMapping("/imports/clients")
    @PreAuthorize("hasAuthority('IMPORT_CLIENTS')")
    String importClients(@ModelAttribute("upload") UploadForm upload, BindingResult errors, Model model,
            RedirectAttributes redirect) throws IOException {
        return upload(ImportKind.CLIENTS, upload, errors, model, redirect);
    }

    @GetMapping("/imports/sites")
    @PreAuthorize("hasAuthority('IMPORT_SITES')")
    String sites(Model model) {
        return page(ImportKind.SITES, UploadForm.empty(), model);
    }

    @GetMapping("/imports/sites/template")
    @PreAuthorize("hasAuthority('IMPORT_SITES')")
    ResponseEntity<byte[]> sitesTemplate() {
        return Files.send(imports.template(ImportKind.SITES));
    }

    @PostMapping("/imports/sites")
    @PreAuthorize("hasAuthority('IMPORT_SITES')")
    String importSites(@ModelAttribute("upload") UploadForm upload, BindingResult errors, Model model,
            RedirectAttributes redirect) throws IOException {
        return upload(ImportKind.SITES, upload, errors, model, redirect);
    }

    @GetMapping("/imports/checkpoints")
    @PreAuthorize("hasAuthority('IMPORT_CHECKPOINTS')")
    String checkpoints(Model model) {
        return page(ImportKind.CHECKPOINTS, UploadForm.empty(), model);
    }

    @GetMapping("/imports/checkpoints/template")
    @PreAuthorize("hasAuthority('IMPORT_CHECKPOINTS')")
    ResponseEntity<byte[]> checkpointsTemplate() {
        return Files.send(imports.template(ImportKind.CHECKPOINTS));
    }

    @PostMapping("/imports/checkpoints")
    @PreAuthorize("hasAuthority('IMPORT_CHECKPOINTS')")
    String importCheckpoints(@ModelAttribute("upload") UploadForm upload, BindingResult errors, Model model,
            RedirectAttributes redirect) throws IOException {
        return upload(ImportKind.CHECKPOINTS, upload, errors, model, redirect);
    }

    private String upload(ImportKind kind, UploadForm upload, BindingResult errors, Model model,
            RedirectAttributes redirect) throws IOException {
        var file = upload.file();
        if (file == null || !upload.hasFile()) {
            errors.reject("imports.error.noFile");
            return page(kind, upload, model);
        }
        try {
            String name = file.getOriginalFilename() == null ? kind.path() + ".xlsx" : file.getOriginalFilename();
            long job = imports.start(kind, name, file.getBytes());
            redirect.addFlashAttribute("flash", "imports.started");
            return "redirect:/jobs/" + job;
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
            return page(kind, upload, model);
        }
    }

    private String page(ImportKind kind, UploadForm upload, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("upload", upload);
        return "imports/upload";
    }

}
