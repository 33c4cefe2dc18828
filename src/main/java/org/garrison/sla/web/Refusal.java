package org.garrison.sla.web;

import org.garrison.shared.DomainException;

/** A business rule's refusal as the form fragment shows it: a message key and its arguments. */
record Refusal(String key, Object[] args) {

    static Refusal of(DomainException ex) {
        return new Refusal(ex.messageKey(), ex.arguments());
    }

}
