package org.garrison.patrols.web;

import java.io.IOException;
import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.patrols.internal.Sites;
import org.garrison.patrols.internal.WandImport;
import org.garrison.patrols.internal.WandUploads;
import org.garrison.patrols.internal.Wands;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NoErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
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

    private final Sites sites;

    ImportController(WandUploads uploads, Wands wands, Sites sites) {
        this.uploads = uploads;
        this.wands = wands;
        this.sites = sites;
    }

    @GetMapping("/patrol/import")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String page(Model model) {
        var form = WandForm.empty();
        return page(model, form, NoErrors.on(form), null, null);
    }

    @PostMapping("/patrol/import")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String load(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        var form = WandForm.empty();
        if (file == null || file.isEmpty()) {
            return page(model, form, NoErrors.on(form), new DomainException("patrol.import.noFile"), null);
        }
        try {
            String name = file.getOriginalFilename() == null ? "wand.csv" : file.getOriginalFilename();
            var answer = uploads.upload(name, file.getBytes());
            if (answer instanceof WandUploads.Started started) {
                redirect.addFlashAttribute("flash", "patrol.import.started");
                return "redirect:/jobs/" + started.jobId();
            }
            return page(model, form, NoErrors.on(form), null, ((WandUploads.Answered) answer).report());
        }
        catch (DomainException ex) {
            return page(model, form, NoErrors.on(form), ex, null);
        }
    }

    @PostMapping("/patrol/wands")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String register(@Valid @ModelAttribute("form") WandForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model, form, errors, null, null);
        }
        try {
            wands.register(CurrentUser.require().scope(), String.valueOf(form.deviceId()).strip(),
                    String.valueOf(form.guard()).strip(), Objects.requireNonNull(form.siteId()));
        }
        catch (DomainException ex) {
            return page(model, form, errors, ex, null);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/patrol/import";
    }

    private String page(Model model, WandForm form, BindingResult errors, @Nullable DomainException refusal,
            WandImport.@Nullable Report report) {
        var scope = CurrentUser.require().scope();
        model.addAttribute("wands", wands.in(scope));
        model.addAttribute("sites", sites.names(scope));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("report", report);
        return "patrols/import";
    }

}
