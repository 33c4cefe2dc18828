package org.garrison.siteops.preparedness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.garrison.siteops.internal.AccessScopes;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Being ready for emergencies: drills planned and held, and emergency resources checked and kept in date. */
@Service
public class Preparedness {

    private final DrillRepository drills;

    private final EmergencyResourceRepository resources;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Preparedness(DrillRepository drills, EmergencyResourceRepository resources, OrganisationManagement organisation,
            ApplicationEventPublisher events, Clock clock) {
        this.drills = drills;
        this.resources = resources;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Drill> drills(DataScope scope) {
        return drills.findAll(AccessScopes.<Drill>atSites(organisation.siteFilter(scope)), Sort.by(Sort.Order.desc("plannedOn")));
    }

    /**
     * One page of the drills of the scope's sites, latest planned first, paged in the query: at {@code siteId}, in
     * {@code status}, planned from {@code from} to {@code to} (both inclusive), each when given.
     */
    @Transactional(readOnly = true)
    public Page<Drill> drills(DataScope scope, @Nullable Long siteId, Drill.@Nullable Status status, @Nullable LocalDate from,
            @Nullable LocalDate to, Pageable pageable) {
        Specification<Drill> shown = AccessScopes.atSites(organisation.siteFilter(scope), siteId);
        if (status != null) {
            shown = shown.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        if (from != null) {
            shown = shown.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("plannedOn"), from));
        }
        if (to != null) {
            shown = shown.and((root, query, cb) -> cb.lessThanOrEqualTo(root.get("plannedOn"), to));
        }
        return drills.findAll(shown, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("plannedOn"), Sort.Order.desc("id"))));
    }

    /** One drill of the scope's sites. */
    @Transactional(readOnly = true)
    public Drill drill(DataScope scope, long id) {
        return drills.findOne(AccessScopes.<Drill>atSites(organisation.siteFilter(scope)).and(AccessScopes.withId(id)))
            .orElseThrow(() -> new NotFoundException("entity.drill", id));
    }

    @Transactional
    public Drill planDrill(CurrentUser user, long siteId, String title, LocalDate plannedOn) {
        organisation.requireSite(user.scope(), new SiteId(siteId));
        var drill = drills.save(new Drill(siteId, title, plannedOn));
        events.publishEvent(AuditedChange.of("CREATE", "Drill", drill.getId(), drill.getTitle(), null,
                Map.of("siteId", siteId, "plannedOn", plannedOn)));
        return drill;
    }

    @Transactional
    public void holdDrill(CurrentUser user, long id, LocalDate heldOn, String participants, String summary,
            @Nullable String improvements) {
        var drill = drills.findOne(AccessScopes.<Drill>atSites(organisation.siteFilter(user.scope())).and(AccessScopes.withId(id)))
            .orElseThrow(() -> new NotFoundException("entity.drill", id));
        drill.hold(heldOn, LocalDate.now(clock), participants, summary, improvements);
        events.publishEvent(AuditedChange.of("HOLD", "Drill", id, drill.getTitle(), Map.of("status", "PLANNED"),
                Map.of("status", "HELD", "heldOn", heldOn, "summary", summary)));
    }

    @Transactional(readOnly = true)
    public List<EmergencyResource> resources(DataScope scope) {
        return resources.findAll(AccessScopes.<EmergencyResource>atSites(organisation.siteFilter(scope)), Sort.by("nextCheck"));
    }

    /**
     * One page of the emergency resources of the scope's sites, next check first, paged in the query: at
     * {@code siteId}, of {@code kind}, with a check due today or overdue ({@code checkDue} true) or not yet due
     * (false), each when given.
     */
    @Transactional(readOnly = true)
    public Page<EmergencyResource> resources(DataScope scope, @Nullable Long siteId, EmergencyResource.@Nullable Kind kind,
            @Nullable Boolean checkDue, Pageable pageable) {
        Specification<EmergencyResource> shown = AccessScopes.atSites(organisation.siteFilter(scope), siteId);
        if (kind != null) {
            shown = shown.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
        }
        if (checkDue != null) {
            LocalDate today = LocalDate.now(clock);
            shown = shown.and((root, query, cb) -> checkDue ? cb.lessThanOrEqualTo(root.get("nextCheck"), today)
                    : cb.greaterThan(root.get("nextCheck"), today));
        }
        return resources.findAll(shown, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by("nextCheck", "id")));
    }

    /** One emergency resource of the scope's sites. */
    @Transactional(readOnly = true)
    public EmergencyResource resource(DataScope scope, long id) {
        return resources
            .findOne(AccessScopes.<EmergencyResource>atSites(organisation.siteFilter(scope)).and(AccessScopes.withId(id)))
            .orElseThrow(() -> new NotFoundException("entity.emergencyResource", id));
    }

    @Transactional
    public EmergencyResource addResource(CurrentUser user, long siteId, EmergencyResource.Kind kind, String name,
            String location, int quantity, int checkEveryDays, @Nullable LocalDate expiresOn) {
        organisation.requireSite(user.scope(), new SiteId(siteId));
        var resource = resources.save(new EmergencyResource(siteId, kind, name, location, quantity, checkEveryDays,
                expiresOn, LocalDate.now(clock)));
        events.publishEvent(AuditedChange.of("CREATE", "EmergencyResource", resource.getId(), resource.getName(), null,
                Map.of("siteId", siteId, "kind", kind, "quantity", quantity)));
        return resource;
    }

    /** Records today's check of a resource. */
    @Transactional
    public void checkResource(CurrentUser user, long id, boolean ok, @Nullable String note) {
        var resource = resources
            .findOne(AccessScopes.<EmergencyResource>atSites(organisation.siteFilter(user.scope())).and(AccessScopes.withId(id)))
            .orElseThrow(() -> new NotFoundException("entity.emergencyResource", id));
        resource.check(LocalDate.now(clock), ok, note);
        events.publishEvent(AuditedChange.of("CHECK", "EmergencyResource", id, resource.getName(), null,
                Map.of("ok", ok, "note", note == null ? "" : note)));
    }

}
