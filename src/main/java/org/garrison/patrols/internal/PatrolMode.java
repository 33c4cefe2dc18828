package org.garrison.patrols.internal;

/** How a route is walked: on foot (步巡) or by vehicle (车巡). */
public enum PatrolMode {

    FOOT, VEHICLE

}
