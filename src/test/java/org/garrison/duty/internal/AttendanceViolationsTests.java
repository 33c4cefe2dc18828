package org.garrison.duty.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.garrison.attendance.AttendanceIrregularity;
import org.garrison.attendance.AttendanceStatus;
import org.garrison.duty.PenaltyItem;
import org.garrison.duty.ViolationDraft;
import org.garrison.duty.ViolationSource;
import org.garrison.people.EmployeeId;
import org.garrison.rosters.ShiftId;
import org.garrison.shared.SiteId;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Rulebook item 13 from attendance (R4): late, early leave and absence become drafts for the team leader, dated at the
 * shift's start (so a night shift's draft belongs to its service day), worded in the company's language with the
 * shift's start in the business zone, one per shift and kind.
 */
class AttendanceViolationsTests {

    private static final Instant NIGHT = Instant.parse("2026-12-06T12:00:00Z");

    private final Violations violations = mock(Violations.class);

    private final AttendanceViolations listener;

    AttendanceViolationsTests() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/duty");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        listener = new AttendanceViolations(violations, messages,
                Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    }

    private ViolationDraft raised(AttendanceStatus kind, int minutes) {
        listener.on(new AttendanceIrregularity(new ShiftId(31), new EmployeeId(7), new SiteId(11), kind, minutes, 13, NIGHT,
                NIGHT.plusSeconds(3600)));
        var draft = ArgumentCaptor.forClass(ViolationDraft.class);
        verify(violations, atLeastOnce()).raise(draft.capture());
        return draft.getValue();
    }

    @Test
    void lateIsADraftOfItem13DatedAtTheShiftsStart() {
        var draft = raised(AttendanceStatus.LATE, 12);
        assertThat(draft.item()).isEqualTo(PenaltyItem.LATE_OR_EARLY);
        assertThat(draft.source()).isEqualTo(ViolationSource.ATTENDANCE);
        assertThat(draft.employee()).isEqualTo(new EmployeeId(7));
        assertThat(draft.site()).isEqualTo(new SiteId(11));
        assertThat(draft.occurredAt()).isEqualTo(NIGHT);
        assertThat(draft.note()).isEqualTo("迟到 12 分钟（2026-12-06 20:00 开始的班次）");
        assertThat(draft.sourceKey()).isEqualTo("attendance:31:LATE");
    }

    @Test
    void earlyLeaveAndAbsenceHaveTheirOwnWordsAndKeys() {
        var early = raised(AttendanceStatus.EARLY_LEAVE, 40);
        assertThat(early.note()).isEqualTo("早退 40 分钟（2026-12-06 20:00 开始的班次）");
        assertThat(early.sourceKey()).isEqualTo("attendance:31:EARLY_LEAVE");
        var absent = raised(AttendanceStatus.ABSENT, 0);
        assertThat(absent.note()).isEqualTo("缺勤：未打卡上岗（2026-12-06 20:00 开始的班次）");
        assertThat(absent.sourceKey()).isEqualTo("attendance:31:ABSENT");
    }

}
