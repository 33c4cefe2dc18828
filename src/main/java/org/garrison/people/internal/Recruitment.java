package org.garrison.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.PeoplePermissions;
import org.garrison.people.internal.Views.ApplicantDetails;
import org.garrison.people.internal.Views.ApplicantFacts;
import org.garrison.people.internal.Views.PlanDetails;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recruitment pipeline: hiring plans ({@link HiringPlans}), applicants and their moves ({@link Hiring}), within
 * the user's data scope. Every change is audited; an override of the eligibility rules records who overrode and why.
 */
@Service
@Transactional
public class Recruitment {

    private final ApplicantRepository applicants;

    private final HiringPlans plans;

    private final Hiring hiring;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Recruitment(ApplicantRepository applicants, HiringPlans plans, Hiring hiring, OrganisationManagement organisation,
            ApplicationEventPublisher events, Clock clock) {
        this.applicants = applicants;
        this.plans = plans;
        this.hiring = hiring;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a hiring plan for a post of a site in the scope.
     *
     * @throws DomainException when the post has an open plan already
     */
    public HiringPlan openPlan(DataScope scope, PlanDetails details, @Nullable Long startUpTaskId,
            @Nullable String contractNumber) {
        return plans.open(scope, details, startUpTaskId, contractNumber);
    }

    /** Registers an applicant, for a plan in the scope or (company-wide users only) for no plan yet. */
    public Applicant apply(DataScope scope, ApplicantDetails details) {
        var residentId = ResidentId.of(details.residentId());
        Long siteId = null;
        if (details.planId() != null) {
            siteId = plans.openInScope(scope, details.planId()).getSiteId();
        }
        else if (!scope.isCompanyWide()) {
            throw new DomainException("people.applicant.planRequired");
        }
        if (applicants.existsByResidentIdAndStageNot(residentId.value(), Stage.REJECTED)) {
            throw new DomainException("people.applicant.duplicate", residentId.value());
        }
        var applicant = applicants.save(new Applicant(details.planId(), siteId, details.fullName().strip(), residentId,
                details.phone().strip(), details.heightCm(), details.education(), details.channel(), LocalDate.now(clock)));
        audit("CREATE", applicant, null);
        return applicant;
    }

    /** Puts an applicant on an open hiring plan in the scope. */
    public void assignPlan(DataScope scope, long id, long planId) {
        var applicant = get(scope, id);
        var plan = plans.openInScope(scope, planId);
        var before = applicant.snapshot();
        applicant.assignTo(plan.getId(), plan.getSiteId());
        audit("ASSIGN_PLAN", applicant, before);
    }

    public void recordFacts(DataScope scope, long id, ApplicantFacts facts) {
        var applicant = get(scope, id);
        var before = applicant.snapshot();
        applicant.recordFacts(facts);
        audit("RECORD_FACTS", applicant, before);
    }

    /**
     * Moves the applicant to the next stage; the move to hired creates the employee record with the certificates
     * recorded for the applicant and posts it at the plan's site and post when the on-duty gate clears it (else
     * the employee record shows why not).
     */
    public Stage advance(DataScope scope, long id) {
        return hiring.advance(scope, get(scope, id));
    }

    /** A manager moves an ineligible applicant into offer with a written reason. */
    public void override(CurrentUser manager, long id, String reason) {
        if (!manager.can(PeoplePermissions.ELIGIBILITY_OVERRIDE)) {
            throw new DomainException("people.applicant.overrideNotAllowed");
        }
        var applicant = get(manager.scope(), id);
        var before = applicant.snapshot();
        applicant.overrideIntoOffer(reason, manager.username());
        audit("OVERRIDE_ELIGIBILITY", applicant, before);
    }

    public void reject(DataScope scope, long id, String reason) {
        var applicant = get(scope, id);
        var before = applicant.snapshot();
        applicant.reject(reason);
        audit("REJECT", applicant, before);
    }

    @Transactional(readOnly = true)
    public Applicant get(DataScope scope, long id) {
        return applicants.findOne(PeopleScopes.applicants(scope, organisation.siteFilter(scope)).and(PeopleScopes.withId(id)))
            .orElseThrow(() -> new NotFoundException("entity.applicant", id));
    }

    private void audit(String action, Applicant applicant, @Nullable Map<String, Object> before) {
        events.publishEvent(AuditedChange.of(action, "Applicant", applicant.getId(), applicant.getFullName(), before,
                applicant.snapshot()));
    }

}
