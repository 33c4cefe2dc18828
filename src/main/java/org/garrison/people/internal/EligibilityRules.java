package org.garrison.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.garrison.people.internal.Eligibility.Failure;
import org.garrison.shared.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The company's editable eligibility rules and their verdict on an applicant. */
@Service
@Transactional
public class EligibilityRules {

    private final EligibilityPolicyRepository policies;

    private final HiringPlanRepository plans;

    private final PostRequirements postRequirements;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    EligibilityRules(EligibilityPolicyRepository policies, HiringPlanRepository plans, PostRequirements postRequirements,
            ApplicationEventPublisher events, Clock clock) {
        this.policies = policies;
        this.plans = plans;
        this.postRequirements = postRequirements;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public EligibilityPolicy policy() {
        return policies.findById(1L).orElseGet(EligibilityPolicy::defaults);
    }

    public void change(int minAge, int maxAge, int minHeightCm, Education minEducation, boolean healthCertificateRequired,
            boolean cleanRecordRequired) {
        var policy = policies.findById(1L).orElseGet(() -> policies.save(EligibilityPolicy.defaults()));
        var before = policy.snapshot();
        policy.change(minAge, maxAge, minHeightCm, minEducation, healthCertificateRequired, cleanRecordRequired);
        events.publishEvent(AuditedChange.of("UPDATE", "EligibilityPolicy", 1L, "eligibility rules", before,
                policy.snapshot()));
    }

    /** The rules an applicant fails today, with the height and certificates the plan's post requires. */
    @Transactional(readOnly = true)
    public List<Failure> failures(Applicant applicant) {
        var plan = applicant.getPlanId() == null ? null : plans.findById(applicant.getPlanId()).orElse(null);
        Integer postHeight = plan == null ? null : plan.getMinHeightCm();
        var postCertificates = postRequirements.of(plan == null ? null : plan.getPostId());
        return Eligibility.check(applicant.facts(), policy(), postHeight, postCertificates, today());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

}
