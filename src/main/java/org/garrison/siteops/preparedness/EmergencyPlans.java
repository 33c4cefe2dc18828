package org.garrison.siteops.preparedness;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.garrison.siteops.internal.AccessScopes;
import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.preparedness.EmergencyPlan.Content;
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
 * Emergency plans of the sites in a user's scope: written, submitted, approved (应急指挥中心审批) by someone
 * other than the author, and only then offered for activation.
 */
@Service
public class EmergencyPlans {

    private static final String ENTITY = "EmergencyPlan";

    private final EmergencyPlanRepository plans;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    EmergencyPlans(EmergencyPlanRepository plans, OrganisationManagement organisation, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<EmergencyPlan> list(DataScope scope) {
        return plans.findAll(AccessScopes.<EmergencyPlan>atSites(organisation.siteFilter(scope)),
                Sort.by("siteId", "incidentType", "title"));
    }

    /**
     * One page of the plans of the scope's sites, by site, incident type and title, paged in the query: at
     * {@code siteId}, for {@code type}, in {@code status}, each when given.
     */
    @Transactional(readOnly = true)
    public Page<EmergencyPlan> page(DataScope scope, @Nullable Long siteId, @Nullable IncidentType type,
            EmergencyPlan.@Nullable Status status, Pageable pageable) {
        Specification<EmergencyPlan> shown = AccessScopes.atSites(organisation.siteFilter(scope), siteId);
        if (type != null) {
            shown = shown.and((root, query, cb) -> cb.equal(root.get("incidentType"), type));
        }
        if (status != null) {
            shown = shown.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        return plans.findAll(shown, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by("siteId", "incidentType", "title", "id")));
    }

    @Transactional(readOnly = true)
    public EmergencyPlan get(DataScope scope, long id) {
        return visible(scope, id);
    }

    /**
     * The approved plans of a site, for activation from one of its incidents: the plans written for the
     * incident's type first, then the others, each by title.
     */
    @Transactional(readOnly = true)
    public List<EmergencyPlan> approvedAt(long siteId, IncidentType type) {
        return plans.findBySiteIdAndStatusOrderByTitleAsc(siteId, EmergencyPlan.Status.APPROVED)
            .stream()
            .sorted(Comparator.comparing((EmergencyPlan plan) -> plan.getIncidentType() != type))
            .toList();
    }

    @Transactional
    public EmergencyPlan create(CurrentUser user, long siteId, Content content) {
        organisation.requireSite(user.scope(), new SiteId(siteId));
        var plan = plans.save(new EmergencyPlan(siteId, content, user.id(), user.displayName()));
        events.publishEvent(AuditedChange.of("CREATE", ENTITY, plan.getId(), plan.getTitle(), null, plan.snapshot()));
        return plan;
    }

    @Transactional
    public void change(CurrentUser user, long id, Content content) {
        act(user, id, "UPDATE", plan -> plan.change(content));
    }

    @Transactional
    public void submit(CurrentUser user, long id) {
        act(user, id, "SUBMIT", EmergencyPlan::submit);
    }

    @Transactional
    public void decide(CurrentUser user, long id, boolean approved, @Nullable String note) {
        act(user, id, approved ? "APPROVE" : "REJECT",
                plan -> plan.decide(approved, note, user.id(), user.displayName(), clock.instant()));
    }

    private void act(CurrentUser user, long id, String action, Consumer<EmergencyPlan> move) {
        var plan = visible(user.scope(), id);
        Map<String, Object> before = plan.snapshot();
        move.accept(plan);
        events.publishEvent(AuditedChange.of(action, ENTITY, id, plan.getTitle(), before, plan.snapshot()));
    }

    private EmergencyPlan visible(DataScope scope, long id) {
        return plans.findOne(AccessScopes.<EmergencyPlan>atSites(organisation.siteFilter(scope)).and(AccessScopes.withId(id)))
            .orElseThrow(() -> new NotFoundException("entity.emergencyPlan", id));
    }

}
