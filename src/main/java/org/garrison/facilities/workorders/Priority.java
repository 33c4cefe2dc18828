package org.garrison.facilities.workorders;

/** How urgent a work order is: normal, emergency (电力故障、严重虫害, seed 003 L273), or a major fault (重大故障, L141). */
public enum Priority {
    NORMAL, EMERGENCY, MAJOR;

    public String messageKey() {
        return "facilities.priority." + name();
    }
}
