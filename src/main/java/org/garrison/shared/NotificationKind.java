package org.garrison.shared;

/**
 * A kind of alert a module sends with {@link NotificationRequested}. Each module declares one bean per
 * kind it sends, so that users can choose its channels on their preferences page; its label is the
 * message key {@code notification.kind.<code>} in the module's bundle.
 *
 * @param code the kind as written in {@link NotificationRequested#kind()}
 * @param emailByDefault whether e-mail is on until the user chooses (in-app always is)
 */
public record NotificationKind(String code, boolean emailByDefault) {

    public String messageKey() {
        return "notification.kind." + code;
    }

}
