package org.garrison.siteops.incidents;

/** An incident is open while it is handled, closed once reviewed. */
public enum IncidentStatus {

    OPEN, CLOSED;

    public String messageKey() {
        return "siteops.incident.status." + name();
    }

}
