package org.garrison.siteops.incidents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.garrison.siteops.incidents.Views.IncidentCard;
import org.garrison.siteops.incidents.Views.IncidentFilter;
import org.garrison.siteops.incidents.Views.IncidentRow;
import org.garrison.siteops.incidents.Views.TimelineEntry;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading incidents, always within the reader's data scope: a guessed id of another site is not found. */
@Service
public class IncidentQueries {

    /** Lists show the newest incidents first, at most this many. */
    public static final int LIST_LIMIT = 500;

    private final IncidentRepository incidents;

    private final IncidentActionRepository actions;

    private final OrganisationManagement organisation;

    private final Clock clock;

    IncidentQueries(IncidentRepository incidents, IncidentActionRepository actions, OrganisationManagement organisation, Clock clock) {
        this.incidents = incidents;
        this.actions = actions;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<IncidentRow> list(DataScope scope, IncidentFilter filter) {
        return page(scope, filter, PageRequest.of(0, LIST_LIMIT)).getContent();
    }

    /** One page of the incidents in the scope matching the filter, newest first. */
    @Transactional(readOnly = true)
    public Page<IncidentRow> page(DataScope scope, IncidentFilter filter, Pageable pageable) {
        var spec = IncidentScopes.atSites(organisation.siteFilter(scope))
            .and(IncidentScopes.matching(filter))
            .and(IncidentScopes.occurredBetween(startOf(filter.from()), startOf(filter.to() == null ? null : filter.to().plusDays(1))));
        var found = incidents.findAll(spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
        var names = organisation.siteNamesById(found.getContent().stream().map(Incident::getSiteId).toList());
        return found.map(incident -> IncidentRow.of(incident, names.getOrDefault(incident.getSiteId(), "")));
    }

    @Transactional(readOnly = true)
    public IncidentCard card(DataScope scope, long id) {
        var incident = visible(scope, id);
        var timeline = actions.findByIncidentIdOrderByTakenAtAscIdAsc(id)
            .stream()
            .map(a -> new TimelineEntry(a.getTakenAt(), a.getActorName(), a.getNote()))
            .toList();
        return new IncidentCard(IncidentRow.of(incident, organisation.siteName(new SiteId(incident.getSiteId()))),
                incident.isSecurityAccident(), incident.getPeopleInvolved(), incident.isPoliceCalled(),
                incident.getPoliceCaseNumber(), incident.getLossAmount(), incident.getLossDescription(),
                incident.getReview(), incident.getClosedAt(), timeline);
    }

    /** Whether the incident exists within the scope (and is still open, when asked). */
    @Transactional(readOnly = true)
    public boolean exists(DataScope scope, long id, boolean openOnly) {
        return incidents.findOne(IncidentScopes.atSites(organisation.siteFilter(scope)).and(IncidentScopes.withId(id)))
            .filter(i -> !openOnly || i.getStatus() == IncidentStatus.OPEN)
            .isPresent();
    }

    /** The site of the incident with this number, when the scope covers it. */
    @Transactional(readOnly = true)
    public Optional<SiteId> siteOf(DataScope scope, String number) {
        return incidents.findOne(IncidentScopes.atSites(organisation.siteFilter(scope)).and(IncidentScopes.numbered(number)))
            .map(incident -> new SiteId(incident.getSiteId()));
    }

    /** Theft, fire and security accidents at the scope's sites that occurred on the days from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    public List<IncidentRow> bonusCancelling(DataScope scope, LocalDate from, LocalDate to) {
        var found = incidents
            .findAll(IncidentScopes.atSites(organisation.siteFilter(scope))
                .and(IncidentScopes.occurredBetween(startOf(from), startOf(to.plusDays(1)))), Sort.by("occurredAt", "id"))
            .stream()
            .filter(Incident::cancelsBonus)
            .toList();
        Map<Long, String> names = organisation.siteNamesById(found.stream().map(Incident::getSiteId).toList());
        return found.stream()
            .map(incident -> IncidentRow.of(incident, names.getOrDefault(incident.getSiteId(), "")))
            .toList();
    }

    /** For changes: the incident within the user's scope, in the caller's transaction. */
    public Incident visible(CurrentUser user, long id) {
        return visible(user.scope(), id);
    }

    /** The site's name when the user may record for it; refuses others as not found. */
    String requireSite(CurrentUser user, long siteId) {
        organisation.requireSite(user.scope(), new SiteId(siteId));
        return organisation.siteName(new SiteId(siteId));
    }

    private Incident visible(DataScope scope, long id) {
        return incidents.findOne(IncidentScopes.atSites(organisation.siteFilter(scope)).and(IncidentScopes.withId(id)))
            .orElseThrow(() -> new NotFoundException("entity.incident", id));
    }

    private @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }

}
