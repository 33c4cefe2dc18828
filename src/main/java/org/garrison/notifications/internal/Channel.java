package org.garrison.notifications.internal;

/** How a message reaches people. Users choose {@link #IN_APP} and {@link #EMAIL} per kind. */
public enum Channel {

    IN_APP, EMAIL, WEBHOOK;

    /** The channels a user chooses per kind (robots are configured per site or branch instead). */
    public static final java.util.List<Channel> CHOSEN_BY_USERS = java.util.List.of(IN_APP, EMAIL);

    public String messageKey() {
        return "notification.channel." + name();
    }

}
