package org.garrison.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.garrison.contracts.internal.Commitment.Source;
import org.garrison.contracts.internal.ReturnVisit.Method;
import org.junit.jupiter.api.Test;

class ClientRelationsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void aVisitIsPlannedThenRecordedThenReported() {
        var visit = new Visit(1, "季度服务回顾", "行政部王经理", TODAY, "cs");
        assertThatThrownBy(() -> visit.report("报告")).hasMessage("visit.notRecorded");
        visit.record(TODAY, "王经理", "夜班巡逻频次", "希望增加夜间巡逻", TODAY);
        assertThat(visit.getStatus()).isEqualTo(Visit.Status.RECORDED);
        assertThatThrownBy(() -> visit.record(TODAY, "x", "y", "z", TODAY)).hasMessage("visit.alreadyRecorded");
        visit.report("客户总体满意");
        assertThat(visit.getStatus()).isEqualTo(Visit.Status.REPORTED);
    }

    @Test
    void aVisitCannotBeRecordedBeforeItHappened() {
        var visit = new Visit(1, "p", "v", TODAY, "cs");
        assertThatThrownBy(() -> visit.record(TODAY.plusDays(1), "x", "y", "z", TODAY)).hasMessage("visit.inFuture");
        assertThat(visit.getStatus()).isEqualTo(Visit.Status.PLANNED);
    }

    @Test
    void aCommitmentIsOverdueAfterItsDueDayUntilKeptAndIsKeptOnce() {
        var commitment = new Commitment(1, Source.VISIT, 2, "增加夜间巡逻", "ops", TODAY);
        assertThat(commitment.isOverdue(TODAY)).isFalse();
        assertThat(commitment.isOverdue(TODAY.plusDays(1))).isTrue();
        commitment.kept(TODAY.plusDays(1), "已调整巡逻计划");
        assertThat(commitment.isOverdue(TODAY.plusDays(5))).isFalse();
        assertThatThrownBy(() -> commitment.kept(TODAY, "again")).hasMessage("commitment.alreadyKept");
    }

    @Test
    void aRepeatingReturnVisitSchedulesTheNextWhenDone() {
        var monthly = new ReturnVisit(1, Method.PHONE, TODAY, 1);
        var next = monthly.done(TODAY, "满意", true);
        assertThat(next).isNotNull();
        assertThat(next.getScheduledOn()).isEqualTo(TODAY.plusMonths(1));
        assertThatThrownBy(() -> monthly.done(TODAY, "again", true)).hasMessage("returnVisit.alreadyDone");
        assertThat(new ReturnVisit(1, Method.ON_SITE, TODAY, null).done(TODAY, "ok", false)).isNull();
    }

    @Test
    void returnVisitsRepeatEveryOneToTwelveMonths() {
        assertThatThrownBy(() -> new ReturnVisit(1, Method.QUESTIONNAIRE, TODAY, 0)).hasMessage("returnVisit.repeatInvalid");
        assertThatThrownBy(() -> new ReturnVisit(1, Method.QUESTIONNAIRE, TODAY, 13)).hasMessage("returnVisit.repeatInvalid");
    }

}
