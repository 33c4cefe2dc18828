package org.garrison.attendance;

import java.time.Instant;

import org.garrison.people.EmployeeId;
import org.garrison.rosters.ShiftId;
import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * One guard rostered at a post now.
 *
 * @param onDuty whether the guard has clocked in for this shift and not clocked out since
 * @param licenceValid whether the guard licence (保安员证) is valid today
 * @param clockedInAt the clock-in, when on duty
 */
public record OnDutyRow(SiteId site, String siteName, PostId post, String postName, ShiftId shift, String templateName,
        Instant starts, Instant ends, EmployeeId employee, String guardName, boolean licenceValid, boolean onDuty,
        @Nullable Instant clockedInAt) {
}
