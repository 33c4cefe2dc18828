package org.garrison.shared;

/** How far a user's data scope reaches. */
public enum ScopeLevel {

    /** The whole company. */
    COMPANY,
    /** One branch (大队) and its sites. */
    BRANCH,
    /** One site (驻点). */
    SITE,
    /** Only the user's own records (optionally with the site the user works at). */
    OWN,
    /** The sites of one client (client portal users). */
    CLIENT;

    /** Whether a reference id (branch, site or client) is required for this level. */
    public boolean needsReference() {
        return this == BRANCH || this == SITE || this == CLIENT;
    }

    public String messageKey() {
        return "scope." + name();
    }

}
