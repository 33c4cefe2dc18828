package org.garrison.duty.internal;

/** Kinds of post check (S6, S8): routine, surprise (突击), special (专项), open (明查) and covert (暗访) inspections. */
public enum CheckKind {
    ROUTINE, SURPRISE, SPECIAL, OPEN, COVERT;

    public String messageKey() {
        return "duty.check.kind." + name();
    }
}
