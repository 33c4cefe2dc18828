package org.garrison.siteops.inspections;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import jakarta.persistence.criteria.Predicate;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;
import org.garrison.siteops.inspections.HazardViews.HazardFilter;
import org.garrison.siteops.inspections.HazardViews.HazardRow;
import org.garrison.siteops.inspections.HazardViews.SiteHazardStatistics;
import org.garrison.siteops.internal.AccessScopes;
import org.garrison.siteops.internal.Severity;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hazards (隐患): opened by hand or by a failed inspection item, assigned, rectified, verified by another
 * person; overdue ones alert the team leader and supervisor once.
 */
@Service
public class Hazards {

    public static final String ENTITY = "Hazard";

    /** Lists show the most urgent hazards first, at most this many. */
    public static final int LIST_LIMIT = 500;

    private final HazardRepository hazards;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Hazards(HazardRepository hazards, OrganisationManagement organisation, ApplicationEventPublisher events, Clock clock) {
        this.hazards = hazards;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a hazard at a site in the user's scope and tells the site's team leader.
     *
     * @param deadline the day it must be rectified by; {@code null} for a week from today
     */
    @Transactional
    public Hazard open(CurrentUser user, long siteId, String title, String description, Severity severity,
            @Nullable String owner, @Nullable LocalDate deadline, @Nullable Long inspectionId) {
        organisation.requireSite(user.scope(), new SiteId(siteId));
        LocalDate due = deadline == null ? today().plusDays(7) : deadline;
        if (due.isBefore(today())) {
            throw new DomainException("siteops.hazard.deadlinePassed");
        }
        var hazard = hazards.save(new Hazard(siteId, title, description, severity, owner, due, inspectionId,
                clock.instant(), user.displayName()));
        events.publishEvent(AuditedChange.of("CREATE", ENTITY, hazard.getId(), hazard.getTitle(), null, hazard.snapshot()));
        events.publishEvent(new NotificationRequested("hazard.opened", Set.of(), Set.of("TEAM_LEADER"), new SiteId(siteId),
                "siteops.notice.hazardOpened", List.of(hazard.getTitle(), organisation.siteName(new SiteId(siteId)),
                        due.toString()), "/siteops/hazards/" + hazard.getId(), false, clock.instant()));
        return hazard;
    }

    /**
     * Opens a hazard from what a guard reported at a checkpoint during a tour, once per scan, with a
     * week to rectify it.
     */
    @Transactional
    public void openFromPatrol(CurrentUser guard, long siteId, String scanId, String title, String note) {
        if (hazards.existsByPatrolScanId(scanId)) {
            return;
        }
        open(guard, siteId, title, note, Severity.MINOR, null, null, null).reportedOnPatrolScan(scanId);
    }

    @Transactional
    public void assign(CurrentUser user, long id, Severity severity, @Nullable String owner, LocalDate deadline) {
        change(user, id, "ASSIGN", hazard -> hazard.assign(severity, owner, deadline));
    }

    /** Records the rectification and asks the team leader and supervisor of the site to verify it. */
    @Transactional
    public void rectify(CurrentUser user, long id, String what) {
        change(user, id, "RECTIFY", hazard -> {
            hazard.rectify(what, user.id(), user.displayName(), clock.instant());
            events.publishEvent(new NotificationRequested("hazard.rectified", Set.of(), Set.of("TEAM_LEADER", "SUPERVISOR"),
                    new SiteId(hazard.getSiteId()), "siteops.notice.hazardRectified", List.of(hazard.getTitle(),
                            organisation.siteName(new SiteId(hazard.getSiteId())), user.displayName()),
                    "/siteops/hazards/" + id, false, clock.instant()));
        });
    }

    @Transactional
    public void verify(CurrentUser user, long id, boolean accepted, @Nullable String note) {
        change(user, id, accepted ? "VERIFY" : "REFUSE", hazard -> hazard.verify(accepted, note, user.id(),
                user.displayName(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<HazardRow> list(DataScope scope, HazardFilter filter) {
        return page(scope, filter, PageRequest.of(0, LIST_LIMIT)).getContent();
    }

    /** One page of the hazards in the scope matching the filter, most urgent first (status, deadline, id). */
    @Transactional(readOnly = true)
    public Page<HazardRow> page(DataScope scope, HazardFilter filter, Pageable pageable) {
        LocalDate today = today();
        Specification<Hazard> spec = AccessScopes.<Hazard>atSites(organisation.siteFilter(scope)).and(matching(filter, today));
        var request = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("status", "deadline", "id"));
        var found = hazards.findAll(spec, request);
        var names = organisation.siteNamesById(found.getContent().stream().map(Hazard::getSiteId).toList());
        return found.map(h -> HazardRow.of(h, names.getOrDefault(h.getSiteId(), ""), today));
    }

    @Transactional(readOnly = true)
    public HazardRow card(DataScope scope, long id) {
        var hazard = visible(scope, id);
        return HazardRow.of(hazard, organisation.siteName(new SiteId(hazard.getSiteId())), today());
    }

    @Transactional(readOnly = true)
    public boolean exists(DataScope scope, long id) {
        return hazards.exists(AccessScopes.<Hazard>atSites(organisation.siteFilter(scope)).and(AccessScopes.withId(id)));
    }

    /** Per site of the scope that has hazards: how many are open, overdue, rectified and closed. */
    @Transactional(readOnly = true)
    public List<SiteHazardStatistics> statistics(DataScope scope) {
        var sites = organisation.siteFilter(scope);
        var counts = new TreeMap<Long, long[]>();
        for (var count : hazards.countByStatus(sites)) {
            int column = switch (count.status()) {
                case OPEN -> 0;
                case RECTIFIED -> 2;
                case CLOSED -> 3;
            };
            counts.computeIfAbsent(count.siteId(), k -> new long[4])[column] += count.total();
        }
        for (var count : hazards.countOverdue(sites, today())) {
            counts.computeIfAbsent(count.siteId(), k -> new long[4])[1] += count.total();
        }
        var names = organisation.siteNamesById(counts.keySet());
        return counts.entrySet()
            .stream()
            .map(e -> new SiteHazardStatistics(e.getKey(), names.getOrDefault(e.getKey(), ""), e.getValue()[0],
                    e.getValue()[1], e.getValue()[2], e.getValue()[3]))
            .toList();
    }

    /** Alerts every open hazard past its deadline that has not been alerted yet; returns how many. */
    @Transactional
    public int alertOverdue() {
        LocalDate today = today();
        var overdue = hazards.overdueNotAlerted(today);
        var names = organisation.siteNamesById(overdue.stream().map(Hazard::getSiteId).toList());
        int alerted = 0;
        for (Hazard hazard : overdue) {
            if (hazard.markOverdueAlerted()) {
                alerted++;
                events.publishEvent(new NotificationRequested("hazard.overdue", Set.of(), Set.of("TEAM_LEADER", "SUPERVISOR"),
                        new SiteId(hazard.getSiteId()), "siteops.notice.hazardOverdue", List.of(hazard.getTitle(),
                                names.getOrDefault(hazard.getSiteId(), ""), hazard.getDeadline().toString()),
                        "/siteops/hazards/" + hazard.getId(), false, clock.instant()));
            }
        }
        return alerted;
    }

    private void change(CurrentUser user, long id, String action, Consumer<Hazard> move) {
        var hazard = visible(user.scope(), id);
        Map<String, Object> before = hazard.snapshot();
        move.accept(hazard);
        events.publishEvent(AuditedChange.of(action, ENTITY, id, hazard.getTitle(), before, hazard.snapshot()));
    }

    private Hazard visible(DataScope scope, long id) {
        return hazards.findOne(AccessScopes.<Hazard>atSites(organisation.siteFilter(scope)).and(AccessScopes.withId(id)))
            .orElseThrow(() -> new NotFoundException("entity.hazard", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Specification<Hazard> matching(HazardFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> rules = new ArrayList<>();
            if (filter.siteId() != null) {
                rules.add(cb.equal(root.get("siteId"), filter.siteId()));
            }
            if (filter.status() != null) {
                rules.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.severity() != null) {
                rules.add(cb.equal(root.get("severity"), filter.severity()));
            }
            if (filter.overdueOnly()) {
                rules.add(cb.equal(root.get("status"), Hazard.Status.OPEN));
                rules.add(cb.lessThan(root.get("deadline"), today));
            }
            return cb.and(rules.toArray(Predicate[]::new));
        };
    }

}
