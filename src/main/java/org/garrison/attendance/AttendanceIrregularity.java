package org.garrison.attendance;

import java.time.Instant;

import org.garrison.people.EmployeeId;
import org.garrison.rosters.ShiftId;
import org.garrison.shared.SiteId;

/**
 * A guard came late, left early or was absent on a published shift. The rulebook penalises it only "而影响正常执勤"
 * (RULES B.1 R4), so this is a fact for a violation draft that a team leader confirms or dismisses, never a penalty.
 * Published once per shift and kind.
 *
 * @param kind {@link AttendanceStatus#LATE}, {@link AttendanceStatus#EARLY_LEAVE} or {@link AttendanceStatus#ABSENT}
 * @param minutes minutes late or early; 0 for an absence
 * @param rulebookItem the penalty item of the rulebook (002 L1006–1022): 13, 迟到、早退或不请假外出而影响正常执勤
 */
public record AttendanceIrregularity(ShiftId shift, EmployeeId employee, SiteId site, AttendanceStatus kind,
        int minutes, int rulebookItem, Instant shiftStarts, Instant occurredAt) {

    /** Rulebook item 13: 迟到、早退或不请假外出而影响正常执勤. */
    public static final int RULEBOOK_ITEM = 13;

}
