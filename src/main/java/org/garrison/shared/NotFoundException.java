package org.garrison.shared;

/**
 * The record does not exist, or lies outside the user's data scope (both look the same to the
 * user, so ids of other clients reveal nothing). Not a {@link DomainException}: a form that shows a
 * refusal next to its fields never catches it, the page answers 404.
 */
public class NotFoundException extends RuntimeException {

    private final String entityKey;

    private final String id;

    /**
     * @param entityKey message key naming what was not found (e.g. {@code entity.complaint})
     * @param id the id that was asked for
     */
    public NotFoundException(String entityKey, Object id) {
        super("error.notFound");
        this.entityKey = entityKey;
        this.id = String.valueOf(id);
    }

    public String messageKey() {
        return "error.notFound";
    }

    /** The arguments of {@link #messageKey()}: the entity's message key and the id. */
    public Object[] arguments() {
        return new Object[] { entityKey, id };
    }

    public String entityKey() {
        return entityKey;
    }

}
