package org.garrison.notifications.internal;

import java.util.List;
import java.util.Set;

/** The kinds of alert known today and the channels they use until a user chooses otherwise. */
public final class Kinds {

    public static final String SYSTEM_TEST = "system.test";

    /** Every known kind, in the order the preferences table shows them. */
    public static final List<String> KNOWN = List.of("approval.pending", "approval.decided", "sla.warning",
            "sla.breached", SYSTEM_TEST);

    /** Kinds whose alerts ask for an acknowledgement, so e-mail is on by default. */
    static final Set<String> NEEDING_ACKNOWLEDGEMENT = Set.of("sla.breached");

    private Kinds() {
    }

    /** Whether a channel is on for a kind when the user has not chosen. */
    public static boolean onByDefault(String kind, Channel channel, boolean needsAcknowledgement) {
        return switch (channel) {
            case IN_APP -> true;
            case EMAIL -> needsAcknowledgement || NEEDING_ACKNOWLEDGEMENT.contains(kind);
            case WEBHOOK -> false;
        };
    }

    public static String messageKey(String kind) {
        return "notification.kind." + kind;
    }

}
