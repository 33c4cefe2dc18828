package org.garrison.facilities.feedback;

import java.util.function.Supplier;

import org.garrison.shared.DomainException;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** POST-redirect-GET for the pages of this package, with the flash "saved" after a change. */
final class Submit {

    private Submit() {
    }

    /**
     * Runs the change when the form is valid and redirects to {@code target}; a domain refusal becomes a form-wide
     * error and the page is shown again with the form as posted.
     */
    static String attempt(BindingResult errors, RedirectAttributes redirect, Runnable change, String target, Supplier<String> again) {
        if (!errors.hasErrors()) {
            try {
                change.run();
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:" + target;
            }
            catch (DomainException ex) {
                errors.reject(ex.messageKey(), ex.arguments(), null);
            }
        }
        return again.get();
    }

    /**
     * A small per-row form that returns to its list: the change, or its refusal as the "problem" flash (an invalid form
     * is refused with {@code invalidKey}).
     */
    static String row(BindingResult errors, RedirectAttributes redirect, Runnable change, String target, String invalidKey) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("problem", invalidKey);
            return "redirect:" + target;
        }
        try {
            change.run();
            redirect.addFlashAttribute("flash", "common.saved");
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("problem", ex.messageKey());
            redirect.addFlashAttribute("problemArgs", ex.arguments());
        }
        return "redirect:" + target;
    }

}
