package org.garrison.people.internal;

import java.util.Map;
import java.util.Objects;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An applicant's moves through the stages; the move to hired creates the employee record with the certificates
 * recorded for the applicant, closes a filled plan and posts the new employee at the plan's site and post when
 * the on-duty gate clears them (else the employee record shows why not).
 */
@Component
@Transactional
class Hiring {

    private final EligibilityRules rules;

    private final Employees employees;

    private final ApplicantCertificateRepository shown;

    private final HiringPlans plans;

    private final PlannedDeployment deployment;

    private final ApplicationEventPublisher events;

    Hiring(EligibilityRules rules, Employees employees, ApplicantCertificateRepository shown, HiringPlans plans,
            PlannedDeployment deployment, ApplicationEventPublisher events) {
        this.rules = rules;
        this.employees = employees;
        this.shown = shown;
        this.plans = plans;
        this.deployment = deployment;
        this.events = events;
    }

    /** Moves the applicant to the next stage (refused with the first rule it fails); the stage reached. */
    Stage advance(DataScope scope, Applicant applicant) {
        var before = applicant.snapshot();
        Stage reached = applicant.advance(rules.failures(applicant));
        Employee hired = null;
        if (reached == Stage.HIRED) {
            hired = employees.hire(applicant, Objects.requireNonNull(applicant.getSiteId()));
            applicant.hiredAs(hired.getId());
            employees.takeOver(hired.getId(), shown.findByApplicantIdOrderByKindAscIssuedOnDesc(applicant.getId())
                .stream()
                .map(ApplicantCertificate::details)
                .toList());
            plans.closeWhenFilled(Objects.requireNonNull(applicant.getPlanId()));
        }
        audit(applicant, before);
        if (hired != null) {
            deployment.tryDeploy(scope, hired);
        }
        return reached;
    }

    private void audit(Applicant applicant, @Nullable Map<String, Object> before) {
        events.publishEvent(AuditedChange.of("ADVANCE", "Applicant", applicant.getId(), applicant.getFullName(), before,
                applicant.snapshot()));
    }

}
