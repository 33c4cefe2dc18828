package org.garrison.facilities.assets;

import java.util.function.Supplier;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** POST-redirect-GET for the pages of this package: a valid form is saved and redirected with "saved"; otherwise the page again. */
final class Submit {

    private Submit() {
    }

    /**
     * Runs the change when the form is valid and redirects to {@code target} with the flash "saved"; a domain refusal
     * becomes a form-wide error, and the page is shown again with the form as posted.
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

    /** The query string narrowing a list to a site, or nothing. */
    static String site(@Nullable Object siteId) {
        return siteId == null ? "" : "?siteId=" + siteId;
    }

}
