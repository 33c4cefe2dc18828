package org.garrison.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.garrison.people.DutyClearance.Refusal;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hire goes to the site and post of the plan it was hired for, through the on-duty gate: posted at once
 * when the gate clears, else hired without a posting until HR deploys the employee once the gate's reasons
 * are gone (exams passed, guard licence recorded).
 */
@Component
@Transactional
public class PlannedDeployment {

    private final ApplicantRepository applicants;

    private final HiringPlanRepository plans;

    private final DutyGate gate;

    private final Roster roster;

    private final Clock clock;

    PlannedDeployment(ApplicantRepository applicants, HiringPlanRepository plans, DutyGate gate, Roster roster, Clock clock) {
        this.applicants = applicants;
        this.plans = plans;
        this.gate = gate;
        this.roster = roster;
        this.clock = clock;
    }

    /** The plan the employee was hired for while they are posted nowhere; empty once posted or when hired without a plan. */
    @Transactional(readOnly = true)
    public Optional<HiringPlan> pending(Employee employee) {
        Long applicantId = employee.getApplicantId();
        if (employee.getSiteId() != null || applicantId == null) {
            return Optional.empty();
        }
        return applicants.findById(applicantId).map(Applicant::getPlanId).flatMap(plans::findById);
    }

    /**
     * Posts the employee at the planned site and post from today when the gate clears them.
     *
     * @return the gate's reasons when it does not (nothing posted); none when posted or nothing is planned
     */
    public List<Refusal> tryDeploy(DataScope scope, Employee employee) {
        var plan = pending(employee);
        if (plan.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        var clearance = gate.clearance(employee.getId(), today);
        if (!clearance.cleared()) {
            return clearance.refusals();
        }
        roster.assign(scope, employee.getId(), plan.get().getSiteId(), plan.get().getPostId(), today);
        return List.of();
    }

    /**
     * Posts the employee at the planned site and post from today.
     *
     * @throws DomainException with the gate's first reason, or when nothing is planned (posted already, or hired
     *     without a plan)
     */
    public void deploy(DataScope scope, Employee employee) {
        if (pending(employee).isEmpty()) {
            throw new DomainException("people.deploy.nothingPlanned");
        }
        var refusals = tryDeploy(scope, employee);
        if (!refusals.isEmpty()) {
            throw new DomainException(refusals.get(0).messageKey(), refusals.get(0).args().toArray());
        }
    }

}
