package org.garrison.patrols.web;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** The binding result of a form shown for the first time: the field fragment expects one, without errors. */
final class NoErrors {

    private NoErrors() {
    }

    static BindingResult on(Object form) {
        return new BeanPropertyBindingResult(form, "form");
    }

}
