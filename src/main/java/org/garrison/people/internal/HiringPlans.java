package org.garrison.people.internal;

import java.util.Optional;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.internal.Views.PlanDetails;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hiring plans (招聘计划) within the user's data scope: a post has at most one open plan (a unique key holds it,
 * so a contract's start-up and a person opening one at the same time cannot make two); audited.
 */
@Service
@Transactional
public class HiringPlans {

    private final HiringPlanRepository plans;

    private final ApplicantRepository applicants;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    HiringPlans(HiringPlanRepository plans, ApplicantRepository applicants, OrganisationManagement organisation,
            ApplicationEventPublisher events) {
        this.plans = plans;
        this.applicants = applicants;
        this.organisation = organisation;
        this.events = events;
    }

    /**
     * Opens a hiring plan for a post of a site in the scope.
     *
     * @throws DomainException when the post has an open plan already (raise its headcount instead)
     */
    public HiringPlan open(DataScope scope, PlanDetails details, @Nullable Long startUpTaskId,
            @Nullable String contractNumber) {
        organisation.requireSite(scope, new SiteId(details.siteId()));
        if (details.postId() != null) {
            organisation.requirePostOfSite(new SiteId(details.siteId()), new PostId(details.postId()));
            var existing = openFor(details.siteId(), details.postId());
            if (existing.isPresent()) {
                throw new DomainException("people.plan.alreadyOpen", existing.get().getPostName());
            }
        }
        return insert(details, startUpTaskId, contractNumber);
    }

    /**
     * The open plan of a post for a staffing need (of a contract's start-up task, or none): the post's open plan
     * when there is one (linked to the task if it was not, its headcount raised to the need), else a new one. In a
     * transaction of its own, so that when the unique key refuses a plan opened for the post at the same moment,
     * the caller may simply ask again and take that one.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public HiringPlan ensureOpen(PlanDetails details, @Nullable Long startUpTaskId, @Nullable String contractNumber) {
        if (details.postId() != null) {
            organisation.requirePostOfSite(new SiteId(details.siteId()), new PostId(details.postId()));
        }
        var existing = details.postId() == null ? Optional.<HiringPlan>empty() : openFor(details.siteId(), details.postId());
        if (existing.isEmpty()) {
            return insert(details, startUpTaskId, contractNumber);
        }
        var plan = existing.get();
        var before = plan.snapshot();
        if (plan.adoptFor(startUpTaskId, contractNumber, details.headcount())) {
            events.publishEvent(AuditedChange.of("LINK_CONTRACT", "HiringPlan", plan.getId(), plan.getPostName(), before,
                    plan.snapshot()));
        }
        return plan;
    }

    /** A new plan, flushed at once so that the unique key refuses a second open plan for the post here. */
    private HiringPlan insert(PlanDetails details, @Nullable Long startUpTaskId, @Nullable String contractNumber) {
        var plan = plans.saveAndFlush(new HiringPlan(details.siteId(), details.postId(), details.postName().strip(),
                details.headcount(), details.minHeightCm(), details.requirements(), details.dueBy(), startUpTaskId,
                contractNumber));
        events.publishEvent(AuditedChange.of("CREATE", "HiringPlan", plan.getId(), plan.getPostName(), null, plan.snapshot()));
        return plan;
    }

    /** The open plan of a post of a site, if any. */
    @Transactional(readOnly = true)
    public Optional<HiringPlan> openFor(long siteId, long postId) {
        return plans.findFirstBySiteIdAndPostIdAndOpenTrueOrderById(siteId, postId);
    }

    /** An open plan of a site in the scope; not found outside it, refused when closed. */
    @Transactional(readOnly = true)
    HiringPlan openInScope(DataScope scope, long planId) {
        var plan = plans.findOne(PeopleScopes.plans(scope, organisation.siteFilter(scope)).and(PeopleScopes.withId(planId)))
            .orElseThrow(() -> new NotFoundException("entity.hiringPlan", planId));
        if (!plan.isOpen()) {
            throw new DomainException("people.plan.closed");
        }
        return plan;
    }

    /** Closes a plan once it has hired its headcount (the hire just made is counted, as it is flushed first). */
    void closeWhenFilled(long planId) {
        applicants.flush();
        plans.findById(planId).filter(plan -> plan.isOpen()
                && applicants.countByPlanIdAndStage(planId, Stage.HIRED) >= plan.getHeadcount()).ifPresent(plan -> {
                    var before = plan.snapshot();
                    plan.close();
                    events.publishEvent(AuditedChange.of("CLOSE", "HiringPlan", plan.getId(), plan.getPostName(), before,
                            plan.snapshot()));
                });
    }

}
