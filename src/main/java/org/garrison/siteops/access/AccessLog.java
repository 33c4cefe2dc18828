package org.garrison.siteops.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;
import org.garrison.siteops.AccessEntryId;
import org.garrison.siteops.VehicleReleasedWithoutAuthorisation;
import org.garrison.siteops.access.AccessViews.Admission;
import org.garrison.siteops.access.PersonEntry.Visitor;
import org.garrison.siteops.internal.AccessScopes;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording the gate: people and vehicles in and out. A blacklisted ID or plate is still recorded (the
 * guard holds the person or vehicle) and tells the team leader and supervisor at once; a vehicle released
 * without authorisation is a violation of the releasing guard.
 */
@Service
public class AccessLog {

    private final PersonEntryRepository people;

    private final VehicleEntryRepository vehicles;

    private final AccessAlerts alerts;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    AccessLog(PersonEntryRepository people, VehicleEntryRepository vehicles, AccessAlerts alerts, OrganisationManagement organisation,
            ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.vehicles = vehicles;
        this.alerts = alerts;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a person coming in.
     *
     * @throws org.garrison.shared.DomainException when a resident ID fails its check
     * @throws org.garrison.shared.NotFoundException when the site is outside the user's scope
     */
    @Transactional
    public Admission admitPerson(CurrentUser user, long siteId, Visitor visitor) {
        organisation.requireSite(user.scope(), new SiteId(siteId));
        Instant now = clock.instant();
        var entry = new PersonEntry(siteId, visitor, now, clock.getZone(), user.id(), user.displayName());
        var check = alerts.person(siteId, entry.getIdNumber(), now);
        if (check.alert() != null) {
            entry.raise(check.alert());
        }
        people.save(entry);
        events.publishEvent(AuditedChange.of("CREATE", "PersonEntry", entry.getId(), entry.getPersonName(), null, entry.snapshot()));
        if (check.alert() == AccessAlert.BLACKLISTED) {
            tellBlacklisted(siteId, entry.getPersonName() + " " + entry.getIdNumber(), check.reason());
        }
        return new Admission(entry.getId(), check.alert(), check.reason());
    }

    /** Records a visitor leaving (and whether the badge came back). */
    @Transactional
    public void personLeaves(CurrentUser user, long id, boolean badgeReturned) {
        var entry = people.findOne(AccessScopes.<PersonEntry>atSites(organisation.siteFilter(user.scope())).and(AccessScopes.withId(id)))
            .orElseThrow(() -> new NotFoundException("entity.personEntry", id));
        var before = entry.snapshot();
        entry.leave(clock.instant(), badgeReturned);
        events.publishEvent(AuditedChange.of("LEAVE", "PersonEntry", id, entry.getPersonName(), before, entry.snapshot()));
    }

    /**
     * Records a vehicle coming in.
     *
     * @throws org.garrison.shared.DomainException when the plate has no Chinese civil format
     */
    @Transactional
    public Admission admitVehicle(CurrentUser user, long siteId, String plate, @Nullable String driver,
            @Nullable String cargo) {
        organisation.requireSite(user.scope(), new SiteId(siteId));
        Instant now = clock.instant();
        var entry = new VehicleEntry(siteId, plate, driver, cargo, now, user.id(), user.displayName());
        var check = alerts.vehicle(siteId, entry.getPlate(), now);
        if (check.alert() != null) {
            entry.raise(check.alert());
        }
        vehicles.save(entry);
        events.publishEvent(AuditedChange.of("CREATE", "VehicleEntry", entry.getId(), entry.getPlate(), null, entry.snapshot()));
        if (check.alert() == AccessAlert.BLACKLISTED) {
            tellBlacklisted(siteId, entry.getPlate(), check.reason());
        }
        return new Admission(entry.getId(), check.alert(), check.reason());
    }

    /**
     * Lets a vehicle out (放行) on someone's authorisation; without one the release is recorded as the
     * signed-in guard's violation and the team leader and supervisor are told.
     *
     * @return whether the release was unauthorised
     */
    @Transactional
    public boolean release(CurrentUser guard, long id, @Nullable String authorisedBy) {
        var entry = vehicles.findOne(AccessScopes.<VehicleEntry>atSites(organisation.siteFilter(guard.scope())).and(AccessScopes.withId(id)))
            .orElseThrow(() -> new NotFoundException("entity.vehicleEntry", id));
        var before = entry.snapshot();
        Instant now = clock.instant();
        boolean violation = entry.release(now, authorisedBy, guard.id(), guard.displayName());
        events.publishEvent(AuditedChange.of("RELEASE", "VehicleEntry", id, entry.getPlate(), before, entry.snapshot()));
        if (violation) {
            events.publishEvent(new VehicleReleasedWithoutAuthorisation(new AccessEntryId(id), new SiteId(entry.getSiteId()), entry.getPlate(),
                    guard.userId(), guard.displayName(), now));
            events.publishEvent(new NotificationRequested("access.unauthorisedRelease", Set.of(),
                    Set.of("TEAM_LEADER", "SUPERVISOR"), new SiteId(entry.getSiteId()), "siteops.notice.unauthorisedRelease",
                    List.of(entry.getPlate(), siteName(entry.getSiteId()), guard.displayName()),
                    "/siteops/access/search?q=" + entry.getPlate(), false, now));
        }
        return violation;
    }

    private void tellBlacklisted(long siteId, String who, @Nullable String reason) {
        events.publishEvent(new NotificationRequested("access.blacklisted", Set.of(), Set.of("TEAM_LEADER", "SUPERVISOR"),
                new SiteId(siteId), "siteops.notice.blacklisted", List.of(who, siteName(siteId), reason == null ? "" : reason),
                "/siteops/access", true, clock.instant()));
    }

    private String siteName(long siteId) {
        return organisation.siteName(new SiteId(siteId));
    }

}
