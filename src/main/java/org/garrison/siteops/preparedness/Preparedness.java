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
import org.springframework.data.domain.Sort;
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
