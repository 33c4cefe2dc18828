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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages: choose what to import, download its template, upload the filled file; the upload redirects to
 * the long job's page (progress, then the summary and the report of every row to download). One set of handlers for
 * every {@link ImportKind} ({@code /imports/employees}, {@code /imports/clients}, …): an unknown kind is 404, and
 * each kind asks for its own permission ({@link Kinds}).
 */
@Controller
class ImportsController {

    private final Imports imports;

    ImportsController(Imports imports) {
        this.imports = imports;
    }

    @GetMapping("/imports")
    @PreAuthorize(Kinds.ANY)
    String index(Model model) {
        var user = CurrentUser.require();
        model.addAttribute("kinds", Arrays.stream(ImportKind.values()).filter(k -> user.can(k.permission())).toList());
        return "imports/index";
    }

    @GetMapping("/imports/{kind}")
    @PreAuthorize(Kinds.ANY)
    String page(@PathVariable String kind, Model model) {
        return page(Kinds.allowed(kind), UploadForm.empty(), model);
    }

    @GetMapping("/imports/{kind}/template")
    @PreAuthorize(Kinds.ANY)
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        return Files.send(imports.template(Kinds.allowed(kind)));
    }

    @PostMapping("/imports/{kind}")
    @PreAuthorize(Kinds.ANY)
    String upload(@PathVariable String kind, @ModelAttribute("upload") UploadForm upload, BindingResult errors,
            Model model, RedirectAttributes redirect) throws IOException {
        ImportKind allowed = Kinds.allowed(kind);
        var file = upload.file();
        if (file == null || !upload.hasFile()) {
            errors.reject("imports.error.noFile");
            return page(allowed, upload, model);
        }
        try {
            String name = file.getOriginalFilename() == null ? allowed.path() + ".xlsx" : file.getOriginalFilename();
            long job = imports.start(allowed, name, file.getBytes());
            redirect.addFlashAttribute("flash", "imports.started");
            return "redirect:/jobs/" + job;
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
            return page(allowed, upload, model);
        }
    }

    private String page(ImportKind kind, UploadForm upload, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("upload", upload);
        return "imports/upload";
    }

}
