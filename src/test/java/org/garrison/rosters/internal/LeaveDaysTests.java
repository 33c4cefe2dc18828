package org.garrison.rosters.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.garrison.people.EmployeeId;
import org.junit.jupiter.api.Test;

/** Days of approved leave in a period: only the days inside it, overlapping leaves once, per employee. */
class LeaveDaysTests {

    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    private static LeaveRequest leave(long employee, LocalDate first, LocalDate last) {
        return new LeaveRequest(employee, 11L, first, last, "探亲", employee, Instant.parse("2026-11-01T00:00:00Z"),
                LocalDate.of(2026, 11, 1));
    }

    @Test
    void onlyTheDaysInsideThePeriodCount() {
        var counts = LeaveDays.count(List.of(leave(7, LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 2)),
                leave(8, LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 3))), DEC_1, DEC_31);
        assertThat(counts).containsEntry(new EmployeeId(7), 2).containsEntry(new EmployeeId(8), 2);
    }

    @Test
    void overlappingLeavesCountADayOnceAndASingleDayIsOne() {
        var counts = LeaveDays.count(List.of(leave(7, LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 14)),
                leave(7, LocalDate.of(2026, 12, 13), LocalDate.of(2026, 12, 15)),
                leave(9, LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 20))), DEC_1, DEC_31);
        assertThat(counts).containsEntry(new EmployeeId(7), 6).containsEntry(new EmployeeId(9), 1).hasSize(2);
    }

    @Test
    void noLeaveIsAnEmptyCount() {
        assertThat(LeaveDays.count(List.of(), DEC_1, DEC_31)).isEmpty();
    }

}
