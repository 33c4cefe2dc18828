package org.garrison.servicedesk.internal;

/** How a complaint reached the company. */
public enum ComplaintChannel {

    PHONE, VISIT, LETTER, PORTAL;

    public String messageKey() {
        return "servicedesk.channel." + name();
    }

}
