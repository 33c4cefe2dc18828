package org.garrison.servicedesk.web;

import jakarta.validation.Valid;

import org.garrison.servicedesk.internal.WhistleReports;
import org.garrison.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The whistle-blowing mailbox for people without an account (the link on the supervision card): no sign-in,
 * CSRF-protected like every form, sizes limited, robots refused. Nothing about the sender is kept unless
 * they give their name.
 */
@Controller
class PublicWhistleController {

    private final WhistleReports reports;

    PublicWhistleController(WhistleReports reports) {
        this.reports = reports;
    }

    @GetMapping("/public/whistleblowing")
    @PreAuthorize("permitAll()")
    String blank(Model model) {
        model.addAttribute("form", WhistleForm.blank(null));
        return form(model);
    }

    @PostMapping("/public/whistleblowing")
    @PreAuthorize("permitAll()")
    String receive(@Valid @ModelAttribute("form") WhistleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            redirect.addFlashAttribute("number", reports.receive(null, form.isAnonymous(), form.name(), form.contact(),
                    form.subject(), form.details(), form.place()));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model);
        }
        return "redirect:/public/whistleblowing/received";
    }

    @GetMapping("/public/whistleblowing/received")
    @PreAuthorize("permitAll()")
    String received() {
        return "servicedesk/whistle-received";
    }

    /** The report form, already in the model (as bound). */
    private static String form(Model model) {
        model.addAttribute("action", "/public/whistleblowing");
        return "servicedesk/whistle-form";
    }

}
