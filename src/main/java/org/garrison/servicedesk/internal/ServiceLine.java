package org.garrison.servicedesk.internal;

/** The services a survey asks about: guarding and the facility services of 003. */
public enum ServiceLine {

    GUARDING, CLEANING, PLANTS, PEST, ELECTRICAL;

    public String messageKey() {
        return "servicedesk.service." + name();
    }

}
