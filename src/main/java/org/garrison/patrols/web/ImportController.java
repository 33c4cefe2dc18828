package org.garrison.patrols.web;

import java.io.IOException;
import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.internal.WandImport;
import org.garrison.patrols.internal.WandUploads;
import org.garrison.patrols.internal.Wands;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Patrol-wand exports: the wand register and the CSV import. A small file is answered line by line on the same
 * page (the report is the result of the upload, so it is shown rather than redirected to); a larger one is
 * imported by a long job, whose progress page the upload redirects to.
 */
@Controller
class ImportController {

    private final WandUploads uploads;

    private final Wands wands;

    private final OrganisationManagement organisation;

    ImportController(WandUploads uploads, Wands wands, OrganisationManagement organisation) {
        this.uploads = uploads;
        this.wands = wands;
        this.organisation = organisation;
    }

    @GetMapping("/patrol/import")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String page(Model model) {
        model.addAttribute("upload", UploadForm.empty());
        model.addAttribute("form", WandForm.empty());
        return page(model, null);
    }

    @PostMapping("/patrol/import")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String load(@ModelAttribute("upload") UploadForm upload, BindingResult errors, Model model,
            RedirectAttributes redirect) throws IOException {
        model.addAttribute("form", WandForm.empty());
        var file = upload.file();
        if (file == null || !upload.hasFile()) {
            errors.reject("patrol.import.noFile");
            return page(model, null);
        }
        try {
            String name = file.getOriginalFilename() == null ? "wand.csv" : file.getOriginalFilename();
            var answer = uploads.upload(name, file.getBytes());
            if (answer instanceof WandUploads.Started started) {
                redirect.addFlashAttribute("flash", "patrol.import.started");
                return "redirect:/jobs/" + started.jobId();
            }
            return page(model, ((WandUploads.Answered) answer).report());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page(model, null);
        }
    }

    @PostMapping("/patrol/wands")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String register(@Valid @ModelAttribute("form") WandForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("upload", UploadForm.empty());
        if (errors.hasErrors()) {
            return page(model, null);
        }
        try {
            wands.register(CurrentUser.require().scope(), String.valueOf(form.deviceId()).strip(),
                    String.valueOf(form.guard()).strip(), Objects.requireNonNull(form.siteId()));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page(model, null);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/patrol/import";
    }

    private String page(Model model, WandImport.@Nullable Report report) {
        var scope = CurrentUser.require().scope();
        model.addAttribute("wands", wands.in(scope));
        model.addAttribute("sites", organisation.siteNamesIn(scope));
        model.addAttribute("report", report);
        return "patrols/import";
    }

}
