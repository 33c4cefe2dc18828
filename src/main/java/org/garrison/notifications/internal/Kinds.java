package org.garrison.notifications.internal;

import java.util.List;

import org.garrison.shared.NotificationKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The kinds of alert the modules declare ({@link NotificationKind} beans) and the channels they use
 * until a user chooses otherwise.
 */
@Component
public class Kinds {

    public static final String SYSTEM_TEST = "system.test";

    private final List<NotificationKind> known;

    Kinds(ObjectProvider<NotificationKind> kinds) {
        this.known = kinds.orderedStream().distinct().toList();
    }

    /** Every declared kind, in the order the preferences table shows them. */
    public List<String> known() {
        return known.stream().map(NotificationKind::code).toList();
    }

    /** Whether a channel is on for a kind when the user has not chosen. */
    public boolean onByDefault(String kind, Channel channel, boolean needsAcknowledgement) {
        return switch (channel) {
            case IN_APP -> true;
            case EMAIL -> needsAcknowledgement || emailByDefault(kind);
            case WEBHOOK -> false;
        };
    }

    private boolean emailByDefault(String kind) {
        return known.stream().anyMatch(k -> k.code().equals(kind) && k.emailByDefault());
    }

    public static String messageKey(String kind) {
        return "notification.kind." + kind;
    }

    /** The notifications module's own kind: the test alert an administrator sends to a robot. */
    @Bean
    static NotificationKind notificationsSystemTestKind() {
        return new NotificationKind(SYSTEM_TEST, false);
    }

}
