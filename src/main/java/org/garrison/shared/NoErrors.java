package org.garrison.shared;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** The binding result of a form shown for the first time: the field fragment expects one, without errors. */
public final class NoErrors {

    private NoErrors() {
    }

    public static BindingResult on(Object form) {
        return new BeanPropertyBindingResult(form, "form");
    }

}
