package org.garrison.servicedesk.internal;

/** Who is responsible, as customer service drafts it (责任归属). */
public enum Responsibility {

    /** The named guards or team leader. */
    STAFF,
    /** The company's management or arrangements. */
    COMPANY,
    /** Not the company's fault. */
    NONE;

    public String messageKey() {
        return "servicedesk.responsibility." + name();
    }

}
