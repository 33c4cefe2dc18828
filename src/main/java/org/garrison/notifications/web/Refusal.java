package org.garrison.notifications.web;

import org.garrison.shared.DomainException;

/** A refused action as {@code fragments/forms :: refusal} shows it above a form. */
record Refusal(String key, Object[] args) {

    static Refusal of(DomainException ex) {
        return new Refusal(ex.messageKey(), ex.arguments());
    }

}
