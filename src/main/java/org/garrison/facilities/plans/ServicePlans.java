package org.garrison.facilities.plans;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.garrison.contracts.ServiceKind;
import org.garrison.facilities.internal.ServiceStaff;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the recurring service plans of the sites in scope (后勤保障部): making, changing and stopping them. A new or
 * changed plan has its tasks for today and tomorrow at once; stopping one drops its tasks still due after today.
 */
@Service
@Transactional
public class ServicePlans {

    public static final String ENTITY = "ServicePlan";

    private final ServicePlanRepository plans;

    private final TaskMaker maker;

    private final OrganisationManagement organisation;

    private final ServiceStaff staff;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ServicePlans(ServicePlanRepository plans, TaskMaker maker, OrganisationManagement organisation,
            ServiceStaff staff, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.maker = maker;
        this.organisation = organisation;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Makes a plan at a site in scope.
     *
     * @throws NotFoundException when the site is outside the scope
     * @throws DomainException when the service is guarding, the recurrence lacks what it needs, or the assignee cannot
     *     work at the site
     */
    public ServicePlan create(CurrentUser user, long siteId, PlanDetails details) {
        organisation.requireSite(user.scope(), new SiteId(siteId));
        var plan = plans.save(new ServicePlan(siteId, checked(siteId, details), user.displayName(), clock.instant()));
        maker.makeSoon(plan);
        events.publishEvent(AuditedChange.of("CREATE", ENTITY, plan.getId(), plan.getTask(), null, plan.snapshot()));
        return plan;
    }

    /** Changes a plan; its tasks still due after today are made again under the new rules. */
    public ServicePlan change(CurrentUser user, long id, PlanDetails details) {
        var plan = find(user.scope(), id);
        var before = plan.snapshot();
        plan.change(checked(plan.getSiteId(), details));
        maker.remake(plan);
        events.publishEvent(AuditedChange.of("UPDATE", ENTITY, plan.getId(), plan.getTask(), before, plan.snapshot()));
        return plan;
    }

    /**
     * Books a meeting on a plan "before and after meetings": a task before it and one after it.
     *
     * @throws DomainException when the plan is of another frequency or stopped, or the meeting ends before it starts or
     *     started more than a day ago
     */
    public List<ServiceTask> bookMeeting(CurrentUser user, long id, Instant startsAt, Instant endsAt) {
        var plan = find(user.scope(), id);
        if (plan.getFrequency() != Frequency.MEETINGS || !plan.isActive()) {
            throw new DomainException("facilities.plan.notForMeetings");
        }
        if (!endsAt.isAfter(startsAt) || startsAt.isBefore(clock.instant().minus(Duration.ofDays(1)))) {
            throw new DomainException("facilities.plan.meetingTimesInvalid");
        }
        var made = maker.meeting(plan, startsAt, endsAt);
        events.publishEvent(AuditedChange.of("MEETING", ENTITY, plan.getId(), plan.getTask(), null,
                Map.of("startsAt", startsAt, "endsAt", endsAt)));
        return made;
    }

    /** Stops a plan: no more tasks after today. */
    public ServicePlan stop(CurrentUser user, long id) {
        var plan = find(user.scope(), id);
        var before = plan.snapshot();
        plan.stop();
        maker.remake(plan);
        events.publishEvent(AuditedChange.of("STOP", ENTITY, plan.getId(), plan.getTask(), before, plan.snapshot()));
        return plan;
    }

    @Transactional(readOnly = true)
    public ServicePlan find(DataScope scope, long id) {
        Specification<ServicePlan> byId = (root, query, cb) -> cb.equal(root.get("id"), id);
        return plans.findOne(byId.and(organisation.siteFilter(scope).on("siteId")))
            .orElseThrow(() -> new NotFoundException("entity.servicePlan", id));
    }

    /** The plans of the sites in scope, by site and service; a site or a service narrows them. */
    @Transactional(readOnly = true)
    public List<ServicePlan> list(DataScope scope, @Nullable Long siteId, @Nullable ServiceKind service, boolean activeOnly) {
        Specification<ServicePlan> spec = organisation.siteFilter(scope).on("siteId");
        if (siteId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("siteId"), siteId));
        }
        if (service != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("service"), service));
        }
        if (activeOnly) {
            spec = spec.and((root, query, cb) -> cb.isTrue(root.get("active")));
        }
        return plans.findAll(spec, Sort.by("siteId", "service", "area", "id"));
    }

    private PlanDetails checked(long siteId, PlanDetails details) {
        if (details.service().isGuarding()) {
            throw new DomainException("facilities.plan.guardingNotAService");
        }
        if (details.lastDay() != null && details.lastDay().isBefore(details.firstDay())) {
            throw new DomainException("facilities.plan.periodInvalid");
        }
        if (details.checklist().size() > 30) {
            throw new DomainException("facilities.plan.checklistTooLong", 30);
        }
        String name = details.assigneeId() == null ? null : staff.nameIfWorksAt(details.assigneeId(), new SiteId(siteId));
        if (details.assigneeId() != null && name == null) {
            throw new DomainException("facilities.assigneeCannotWorkHere");
        }
        return new PlanDetails(details.service(), details.area(), details.task(), details.checklist(), details.recurrence(),
                details.assigneeId(), name, details.firstDay(), details.lastDay());
    }

}
