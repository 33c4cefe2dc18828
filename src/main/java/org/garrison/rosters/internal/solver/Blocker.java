package org.garrison.rosters.internal.solver;

import java.util.List;

/** Why a guard may not work on a day (or at a post on a day): a message key and its arguments as text. */
public record Blocker(String messageKey, List<String> args) {

    public Blocker {
        args = List.copyOf(args);
    }

    /** The blocker as one message argument: {@code #key|arg|arg}, said in the reader's language when shown. */
    public String asArg() {
        return "#" + messageKey + (args.isEmpty() ? "" : "|" + String.join("|", args));
    }

    public static Blocker of(String messageKey, String... args) {
        return new Blocker(messageKey, List.of(args));
    }

}
