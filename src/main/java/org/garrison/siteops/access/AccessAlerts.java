package org.garrison.siteops.access;

import java.time.Instant;

import org.garrison.siteops.access.AccessViews.Admission;
import org.garrison.siteops.internal.SiteOpsSettings;

import org.springframework.stereotype.Component;

/**
 * Looks twice at whoever comes in: a watch-listed ID number or plate (for this site or every site) is
 * blacklisted; someone seen at least {@code frequentVisits} times within {@code frequentWindow} is frequent.
 */
@Component
class AccessAlerts {

    private final WatchEntryRepository watchList;

    private final PersonEntryRepository people;

    private final VehicleEntryRepository vehicles;

    private final SiteOpsSettings settings;

    AccessAlerts(WatchEntryRepository watchList, PersonEntryRepository people, VehicleEntryRepository vehicles,
            SiteOpsSettings settings) {
        this.watchList = watchList;
        this.people = people;
        this.vehicles = vehicles;
        this.settings = settings;
    }

    /** The alert for a person entering now (checked before the entry is stored). */
    Admission person(long siteId, String idNumber, Instant now) {
        var watched = watchList.matching(WatchEntry.Kind.PERSON, idNumber, siteId);
        if (!watched.isEmpty()) {
            return new Admission(0, AccessAlert.BLACKLISTED, watched.get(0).getReason());
        }
        long seen = people.countBySiteIdAndIdNumberAndEnteredAtAfter(siteId, idNumber, now.minus(settings.frequentWindow()));
        return new Admission(0, seen >= settings.frequentVisits() ? AccessAlert.FREQUENT : null, null);
    }

    /** The alert for a vehicle entering now (checked before the entry is stored). */
    Admission vehicle(long siteId, String plate, Instant now) {
        var watched = watchList.matching(WatchEntry.Kind.VEHICLE, plate, siteId);
        if (!watched.isEmpty()) {
            return new Admission(0, AccessAlert.BLACKLISTED, watched.get(0).getReason());
        }
        long seen = vehicles.countBySiteIdAndPlateAndEnteredAtAfter(siteId, plate, now.minus(settings.frequentWindow()));
        return new Admission(0, seen >= settings.frequentVisits() ? AccessAlert.FREQUENT : null, null);
    }

}
