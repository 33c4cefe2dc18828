package org.garrison.audit.web;

import org.garrison.shared.DomainException;

/** A filter value that cannot be understood, e.g. a malformed date. */
class BadFilterException extends DomainException {

    BadFilterException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

}
