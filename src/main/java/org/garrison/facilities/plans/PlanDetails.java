package org.garrison.facilities.plans;

import java.time.LocalDate;
import java.util.List;

import org.garrison.contracts.ServiceKind;
import org.jspecify.annotations.Nullable;

/**
 * What a plan asks, as it is made or changed.
 *
 * @param checklist the items checked each time (e.g. 白手套测试 地面), in order
 * @param assigneeId the user who does the tasks, {@code null} for whoever of the site's service staff takes them
 * @param lastDay {@code null} for a plan with no end
 */
public record PlanDetails(ServiceKind service, String area, String task, List<String> checklist, Recurrence recurrence,
        @Nullable Long assigneeId, @Nullable String assigneeName, LocalDate firstDay, @Nullable LocalDate lastDay) {

    public PlanDetails {
        checklist = checklist.stream().map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

}
