package org.garrison.facilities.plans;

/**
 * How often a plan's task comes round (seed 003: 每日, 每日多次, 每周, 每月, 会前会后).
 */
public enum Frequency {

    /** Once a day. */
    DAILY,
    /** Several times a day, spread from the first to the last time (e.g. toilets 每日多次). */
    TIMES_A_DAY,
    /** On the chosen days of the week. */
    WEEKLY,
    /** On one day of the month; a day the month does not have is its last day. */
    MONTHLY,
    /** Before and after each meeting booked on the plan (会议室 会前会后); nothing comes round by itself. */
    MEETINGS;

    public String messageKey() {
        return "facilities.frequency." + name();
    }

}
