package org.garrison.duty.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.garrison.duty.PenaltyItem;
import org.garrison.duty.ViolationSource;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;

/** R4: a violation is a draft until a team leader or supervisor confirms or dismisses it, with a reason, once. */
class ViolationTests {

    private static final Instant AT = Instant.parse("2026-12-07T01:00:00Z");

    private static Violation draft() {
        return new Violation(7, "马超", 11, AT, PenaltyItem.LATE_OR_EARLY, ViolationSource.ATTENDANCE, " 迟到 20 分钟 ", null,
                "clock:1", AT);
    }

    @Test
    void aRaisedViolationIsADraftWithItsNoteTrimmed() {
        var violation = draft();
        assertThat(violation.getState()).isEqualTo(Violation.State.DRAFT);
        assertThat(violation.getNote()).isEqualTo("迟到 20 分钟");
        assertThat(violation.getDecidedBy()).isNull();
    }

    @Test
    void confirmingKeepsWhoWhenAndWhy() {
        var violation = draft();
        violation.confirm("岗位空岗 20 分钟，影响执勤", "队长 何勇", AT.plusSeconds(60));
        assertThat(violation.getState()).isEqualTo(Violation.State.CONFIRMED);
        assertThat(violation.getDecidedBy()).isEqualTo("队长 何勇");
        assertThat(violation.getDecidedAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(violation.getReason()).isEqualTo("岗位空岗 20 分钟，影响执勤");
    }

    @Test
    void dismissingIsADecisionToo() {
        var violation = draft();
        violation.dismiss("交通管制，已提前电话请假", "队长 何勇", AT);
        assertThat(violation.getState()).isEqualTo(Violation.State.DISMISSED);
    }

    @Test
    void refusesADecisionWithoutAReason() {
        var violation = draft();
        assertThatThrownBy(() -> violation.confirm("  ", "队长 何勇", AT)).isInstanceOf(DomainException.class)
            .hasMessage("duty.violation.reasonRequired");
        assertThat(violation.getState()).isEqualTo(Violation.State.DRAFT);
    }

    @Test
    void refusesDecidingTwice() {
        var violation = draft();
        violation.dismiss("不影响执勤", "队长 何勇", AT);
        assertThatThrownBy(() -> violation.confirm("改为确认", "保安主管 郑伟", AT)).isInstanceOf(DomainException.class)
            .hasMessage("duty.violation.alreadyDecided");
        assertThat(violation.getState()).isEqualTo(Violation.State.DISMISSED);
    }

}
