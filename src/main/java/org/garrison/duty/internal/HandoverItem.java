package org.garrison.duty.internal;

/**
 * The default handover checklist (issue 16): what the outgoing guard hands to the incoming one. Visitors still on
 * site come from the site's access log when the handover is written.
 */
public enum HandoverItem {
    RADIO, KEYS, KIT, LOGBOOK, OPEN_MATTERS, VISITORS;

    public String messageKey() {
        return "duty.handover.item." + name();
    }
}
