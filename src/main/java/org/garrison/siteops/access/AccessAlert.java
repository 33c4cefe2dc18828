package org.garrison.siteops.access;

/** Why an entry raised an alert at the gate: a watch-listed ID or plate, or a frequent visitor. */
public enum AccessAlert {

    BLACKLISTED, FREQUENT;

    public String messageKey() {
        return "siteops.access.alert." + name();
    }

}
