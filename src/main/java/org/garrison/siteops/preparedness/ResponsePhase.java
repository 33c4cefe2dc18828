package org.garrison.siteops.preparedness;

/** The phases of the emergency response flow [003]: warning → activation → on-site handling → recovery. */
public enum ResponsePhase {

    WARNING, ACTIVATION, HANDLING, RECOVERY;

    public String messageKey() {
        return "siteops.response.phase." + name();
    }

}
