package org.garrison.sla.web;

import org.garrison.sla.internal.SlaPolicy;

/** An SLA policy as the API shows it; targets in minutes of working time on the named calendar. */
record PolicyResponse(long id, String itemType, String category, int responseMinutes, int resolutionMinutes,
        String calendarCode, int warningPercent, String escalationRoles) {

    static PolicyResponse of(SlaPolicy policy, String calendarCode) {
        return new PolicyResponse(policy.getId(), policy.getItemType(), policy.getCategory(),
                policy.getResponseMinutes(), policy.getResolutionMinutes(), calendarCode, policy.getWarningPercent(),
                policy.getEscalationRoles());
    }

}
