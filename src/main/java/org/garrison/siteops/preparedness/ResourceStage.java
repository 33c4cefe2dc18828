package org.garrison.siteops.preparedness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How far an emergency resource's next check and its expiry have come. The team leader is reminded of each
 * stage once per due day: a check moves the next check day and a renewal the expiry day, so their stages
 * start afresh.
 */
enum ResourceStage {

    /** The next check is due today or within {@link #CHECK_WARNING_DAYS} days. */
    CHECK_DUE_SOON,
    /** The day of the next check has passed without a check. */
    CHECK_OVERDUE,
    /** The resource expires within {@link EmergencyResource#EXPIRY_WARNING_DAYS} days (the expiry day included). */
    EXPIRING_SOON,
    /** The expiry day has passed. */
    EXPIRED;

    /** A check this close counts as due soon. */
    static final int CHECK_WARNING_DAYS = 3;

    /** The furthest next-check day that has a stage today. */
    static LocalDate checkHorizon(LocalDate today) {
        return today.plusDays(CHECK_WARNING_DAYS);
    }

    /** The furthest expiry day that has a stage today. */
    static LocalDate expiryHorizon(LocalDate today) {
        return today.plusDays(EmergencyResource.EXPIRY_WARNING_DAYS);
    }

    /** The stages reached on {@code today}: at most one about the next check and one about the expiry. */
    static List<Reached> reached(LocalDate nextCheck, @Nullable LocalDate expiresOn, LocalDate today) {
        var stages = new ArrayList<Reached>(2);
        if (nextCheck.isBefore(today)) {
            stages.add(new Reached(CHECK_OVERDUE, nextCheck));
        }
        else if (!nextCheck.isAfter(checkHorizon(today))) {
            stages.add(new Reached(CHECK_DUE_SOON, nextCheck));
        }
        if (expiresOn != null && expiresOn.isBefore(today)) {
            stages.add(new Reached(EXPIRED, expiresOn));
        }
        else if (expiresOn != null && !expiresOn.isAfter(expiryHorizon(today))) {
            stages.add(new Reached(EXPIRING_SOON, expiresOn));
        }
        return stages;
    }

    /** A stage reached, about the day the check or expiry is due. */
    record Reached(ResourceStage stage, LocalDate dueOn) {
    }

}
