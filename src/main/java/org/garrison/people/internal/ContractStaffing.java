package org.garrison.people.internal;

import org.garrison.contracts.ContractSigned;
import org.garrison.contracts.StaffingNeed;
import org.garrison.people.internal.Views.PlanDetails;
import org.garrison.shared.DataScope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Opens one hiring plan per staffing need of a signed contract, linked to its start-up task. */
@Component
class ContractStaffing {

    private static final DataScope SYSTEM = DataScope.company(0);

    private final Recruitment recruitment;

    private final HiringPlanRepository plans;

    ContractStaffing(Recruitment recruitment, HiringPlanRepository plans) {
        this.recruitment = recruitment;
        this.plans = plans;
    }

    @ApplicationModuleListener
    void on(ContractSigned signed) {
        for (StaffingNeed need : signed.staffing()) {
            if (plans.existsByStartUpTaskIdAndPostId(need.startUpTaskId().value(), need.post().value())) {
                continue;
            }
            recruitment.openPlan(SYSTEM, new PlanDetails(need.site().value(), need.post().value(), need.postName(),
                    need.guardsNeeded(), need.minHeightCm(), need.requirements(), need.dueBy()), need.startUpTaskId().value(),
                    signed.number());
        }
    }

}
