package org.garrison.siteops.web;

import java.util.Arrays;

import org.garrison.shared.DomainException;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refusal of a small per-row form carried to the list it returns to: the layout shows the flash attribute
 * {@code problem} (a message key) with {@code problemArgs} in the user's language.
 */
public final class ProblemFlash {

    private ProblemFlash() {
    }

    public static void add(RedirectAttributes redirect, DomainException ex) {
        redirect.addFlashAttribute("problem", ex.messageKey());
        // plain strings: flash attributes live in the (JDBC) session until the next page
        redirect.addFlashAttribute("problemArgs", Arrays.stream(ex.arguments()).map(String::valueOf).toArray(String[]::new));
    }

}
