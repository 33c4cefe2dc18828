package org.garrison.people.internal;

import org.garrison.contracts.ContractSigned;
import org.garrison.contracts.StaffingNeed;
import org.garrison.people.internal.Views.PlanDetails;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * One open hiring plan per staffing need of a signed contract, linked to its start-up task: the post's open plan
 * when it has one, else a new one. Replaying the event changes nothing; when someone opened a plan for the post at
 * the same moment (the unique key refused the second), the plan they opened is taken on.
 */
@Component
class ContractStaffing {

    private final HiringPlans plans;

    private final HiringPlanRepository repository;

    ContractStaffing(HiringPlans plans, HiringPlanRepository repository) {
        this.plans = plans;
        this.repository = repository;
    }

    @ApplicationModuleListener
    void on(ContractSigned signed) {
        for (StaffingNeed need : signed.staffing()) {
            if (repository.existsByStartUpTaskIdAndPostId(need.startUpTaskId().value(), need.post().value())) {
                continue;
            }
            var details = new PlanDetails(need.site().value(), need.post().value(), need.postName(), need.guardsNeeded(),
                    need.minHeightCm(), need.requirements(), need.dueBy());
            try {
                plans.ensureOpen(details, need.startUpTaskId().value(), signed.number());
            }
            catch (DataAccessException ex) {
                plans.ensureOpen(details, need.startUpTaskId().value(), signed.number());
            }
        }
    }

}
