package org.garrison.duty.web;

import java.util.Arrays;

import org.garrison.shared.DomainException;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A refusal of a small per-row form carried over the redirect: the layout shows {@code problem} with its arguments. */
final class Problems {

    private Problems() {
    }

    static void add(RedirectAttributes redirect, DomainException ex) {
        redirect.addFlashAttribute("problem", ex.messageKey());
        redirect.addFlashAttribute("problemArgs", Arrays.stream(ex.arguments()).map(String::valueOf).toArray(String[]::new));
    }

}
