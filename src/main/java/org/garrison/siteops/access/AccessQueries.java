package org.garrison.siteops.access;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.Like;
import org.garrison.siteops.access.AccessViews.AccessFilter;
import org.garrison.siteops.access.AccessViews.PersonRow;
import org.garrison.siteops.access.AccessViews.VehicleRow;
import org.garrison.siteops.internal.AccessScopes;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the access log within the reader's scope: who is on site, searches, violations. */
@Service
@Transactional(readOnly = true)
public class AccessQueries {

    /** Searches show the newest entries first, at most this many of each kind. */
    public static final int LIST_LIMIT = 500;

    private static final Sort LONGEST_ON_SITE = Sort.by("enteredAt");

    private static final Sort NEWEST = Sort.by(Sort.Order.desc("enteredAt"), Sort.Order.desc("id"));

    private final PersonEntryRepository people;

    private final VehicleEntryRepository vehicles;

    private final OrganisationManagement organisation;

    private final Clock clock;

    AccessQueries(PersonEntryRepository people, VehicleEntryRepository vehicles, OrganisationManagement organisation, Clock clock) {
        this.people = people;
        this.vehicles = vehicles;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Visitors still on site (no leaving time), longest first; carried into the shift handover. */
    public List<PersonRow> visitorsOnSite(DataScope scope, @Nullable Long siteId) {
        var found = people.findAll(AccessScopes.<PersonEntry>atSites(organisation.siteFilter(scope), siteId).and(stillOnSite()),
                LONGEST_ON_SITE);
        var names = organisation.siteNamesById(found.stream().map(PersonEntry::getSiteId).toList());
        return found.stream().map(e -> PersonRow.of(e, names.getOrDefault(e.getSiteId(), ""))).toList();
    }

    /** Vehicles still on site, longest first. */
    public List<VehicleRow> vehiclesOnSite(DataScope scope, @Nullable Long siteId) {
        var found = vehicles.findAll(AccessScopes.<VehicleEntry>atSites(organisation.siteFilter(scope), siteId).and(stillOnSite()),
                LONGEST_ON_SITE);
        var names = organisation.siteNamesById(found.stream().map(VehicleEntry::getSiteId).toList());
        return found.stream().map(e -> VehicleRow.of(e, names.getOrDefault(e.getSiteId(), ""))).toList();
    }

    public List<PersonRow> searchPeople(DataScope scope, AccessFilter filter) {
        return people(scope, filter, PageRequest.of(0, LIST_LIMIT)).getContent();
    }

    /** One page of the people entries in the scope matching the filter, newest first. */
    public Page<PersonRow> people(DataScope scope, AccessFilter filter, Pageable pageable) {
        Specification<PersonEntry> spec = AccessScopes.<PersonEntry>atSites(organisation.siteFilter(scope), filter.siteId())
            .and(onDay(filter.day()))
            .and(containing(filter.text(), "personName", "idNumber"));
        var found = people.findAll(spec, newest(pageable));
        var names = organisation.siteNamesById(found.getContent().stream().map(PersonEntry::getSiteId).toList());
        return found.map(e -> PersonRow.of(e, names.getOrDefault(e.getSiteId(), "")));
    }

    public List<VehicleRow> searchVehicles(DataScope scope, AccessFilter filter) {
        return vehicles(scope, filter, PageRequest.of(0, LIST_LIMIT)).getContent();
    }

    /** One page of the vehicle entries in the scope matching the filter, newest first. */
    public Page<VehicleRow> vehicles(DataScope scope, AccessFilter filter, Pageable pageable) {
        Specification<VehicleEntry> spec = AccessScopes.<VehicleEntry>atSites(organisation.siteFilter(scope), filter.siteId())
            .and(onDay(filter.day()))
            .and(containing(filter.text() == null ? null : Plates.normalise(filter.text()), "plate", "driver"));
        var found = vehicles.findAll(spec, newest(pageable));
        var names = organisation.siteNamesById(found.getContent().stream().map(VehicleEntry::getSiteId).toList());
        return found.map(e -> VehicleRow.of(e, names.getOrDefault(e.getSiteId(), "")));
    }

    /** Vehicles released without authorisation at the scope's sites on the days from {@code from} to {@code to}. */
    public List<VehicleRow> unauthorisedReleases(DataScope scope, LocalDate from, LocalDate to) {
        var zone = clock.getZone();
        Instant since = from.atStartOfDay(zone).toInstant();
        Instant until = to.plusDays(1).atStartOfDay(zone).toInstant();
        Specification<VehicleEntry> released = (root, query, cb) -> cb.and(cb.isTrue(root.get("unauthorisedRelease")),
                cb.greaterThanOrEqualTo(root.get("leftAt"), since), cb.lessThan(root.get("leftAt"), until));
        var found = vehicles.findAll(AccessScopes.<VehicleEntry>atSites(organisation.siteFilter(scope)).and(released),
                Sort.by("leftAt"));
        var names = organisation.siteNamesById(found.stream().map(VehicleEntry::getSiteId).toList());
        return found.stream()
            .map(e -> VehicleRow.of(e, names.getOrDefault(e.getSiteId(), "")))
            .toList();
    }

    private static PageRequest newest(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST);
    }

    private static <T> Specification<T> stillOnSite() {
        return (root, query, cb) -> cb.isNull(root.get("leftAt"));
    }

    private <T> Specification<T> onDay(@Nullable LocalDate day) {
        return (root, query, cb) -> {
            if (day == null) {
                return cb.conjunction();
            }
            var zone = clock.getZone();
            return cb.and(cb.greaterThanOrEqualTo(root.get("enteredAt"), day.atStartOfDay(zone).toInstant()),
                    cb.lessThan(root.get("enteredAt"), day.plusDays(1).atStartOfDay(zone).toInstant()));
        };
    }

    private static <T> Specification<T> containing(@Nullable String text, String... fields) {
        return (root, query, cb) -> {
            if (text == null || text.isBlank()) {
                return cb.conjunction();
            }
            String like = Like.containingLowerCase(text);
            List<Predicate> any = new ArrayList<>();
            for (String field : fields) {
                any.add(cb.like(cb.lower(root.get(field)), like, Like.ESCAPE));
            }
            return cb.or(any.toArray(Predicate[]::new));
        };
    }

}
