package org.garrison.shared;

/**
 * The record does not exist, or lies outside the user's data scope (both look the same to the
 * user, so ids of other clients reveal nothing).
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String entityKey, Object id) {
        super("error.notFound", entityKey, String.valueOf(id));
    }

}
