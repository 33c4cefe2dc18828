package org.garrison.siteops.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.garrison.shared.DataScope;
import org.garrison.siteops.internal.AccessViews.AccessFilter;
import org.garrison.siteops.internal.AccessViews.PersonRow;
import org.garrison.siteops.internal.AccessViews.VehicleRow;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
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

    private static final Sort NEWEST = Sort.by(Sort.Order.desc("enteredAt"), Sort.Order.desc("id"));

    private final PersonEntryRepository people;

    private final VehicleEntryRepository vehicles;

    private final SiteScope sites;

    private final Clock clock;

    AccessQueries(PersonEntryRepository people, VehicleEntryRepository vehicles, SiteScope sites, Clock clock) {
        this.people = people;
        this.vehicles = vehicles;
        this.sites = sites;
        this.clock = clock;
    }

    /** Visitors still on site (no leaving time), longest first; carried into the shift handover. */
    public List<PersonRow> visitorsOnSite(DataScope scope, @Nullable Long siteId) {
        var names = sites.names();
        return people.findBySiteIdInAndLeftAtIsNullOrderByEnteredAtAsc(narrow(scope, siteId))
            .stream()
            .map(e -> PersonRow.of(e, names.getOrDefault(e.getSiteId(), "")))
            .toList();
    }

    /** Vehicles still on site, longest first. */
    public List<VehicleRow> vehiclesOnSite(DataScope scope, @Nullable Long siteId) {
        var names = sites.names();
        return vehicles.findBySiteIdInAndLeftAtIsNullOrderByEnteredAtAsc(narrow(scope, siteId))
            .stream()
            .map(e -> VehicleRow.of(e, names.getOrDefault(e.getSiteId(), "")))
            .toList();
    }

    public List<PersonRow> searchPeople(DataScope scope, AccessFilter filter) {
        var names = sites.names();
        Specification<PersonEntry> spec = AccessScopes.<PersonEntry>atSites(narrow(scope, filter.siteId()))
            .and(onDay(filter.day()))
            .and(containing(filter.text(), "personName", "idNumber"));
        return people.findAll(spec, PageRequest.of(0, LIST_LIMIT, NEWEST))
            .map(e -> PersonRow.of(e, names.getOrDefault(e.getSiteId(), "")))
            .getContent();
    }

    public List<VehicleRow> searchVehicles(DataScope scope, AccessFilter filter) {
        var names = sites.names();
        Specification<VehicleEntry> spec = AccessScopes.<VehicleEntry>atSites(narrow(scope, filter.siteId()))
            .and(onDay(filter.day()))
            .and(containing(filter.text() == null ? null : Plates.normalise(filter.text()), "plate", "driver"));
        return vehicles.findAll(spec, PageRequest.of(0, LIST_LIMIT, NEWEST))
            .map(e -> VehicleRow.of(e, names.getOrDefault(e.getSiteId(), "")))
            .getContent();
    }

    /** Vehicles released without authorisation at the scope's sites on the days from {@code from} to {@code to}. */
    public List<VehicleRow> unauthorisedReleases(DataScope scope, LocalDate from, LocalDate to) {
        var names = sites.names();
        var zone = clock.getZone();
        return vehicles.unauthorisedReleases(sites.siteIds(scope), from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant())
            .stream()
            .map(e -> VehicleRow.of(e, names.getOrDefault(e.getSiteId(), "")))
            .toList();
    }

    private List<Long> narrow(DataScope scope, @Nullable Long siteId) {
        var ids = sites.siteIds(scope);
        return siteId == null ? ids : ids.stream().filter(siteId::equals).toList();
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
            String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
            List<Predicate> any = new ArrayList<>();
            for (String field : fields) {
                any.add(cb.like(cb.lower(root.get(field)), like, '\\'));
            }
            return cb.or(any.toArray(Predicate[]::new));
        };
    }

}
