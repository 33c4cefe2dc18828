package org.garrison.siteops.internal;

/** The kinds of incident (突发事件) a site reports. */
public enum IncidentType {

    FIRE, THEFT, VIOLENT_ATTACK, POWER_FAILURE, MEDICAL, INTRUSION, OTHER;

    /** Whether an incident of this type in a post's area cancels the month's and quarter's bonus (SPEC §3.9). */
    public boolean cancelsBonus() {
        return this == FIRE || this == THEFT;
    }

    public String messageKey() {
        return "siteops.incident.type." + name();
    }

}
