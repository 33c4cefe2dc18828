package org.garrison.shared;

/**
 * A rule of the business refused an action. Carries a message key (and arguments) that the web layer
 * renders in the user's language; services never choose HTTP status codes.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;

    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

}
