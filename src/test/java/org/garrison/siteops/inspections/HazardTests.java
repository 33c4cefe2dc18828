package org.garrison.siteops.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.garrison.siteops.internal.Severity;
import org.junit.jupiter.api.Test;

class HazardTests {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 28);

    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");

    @Test
    void openHazardIsOverdueOnlyAfterItsDeadlineDay() {
        var hazard = hazard();
        assertThat(hazard.isOverdue(DEADLINE.minusDays(1))).isFalse();
        assertThat(hazard.isOverdue(DEADLINE)).as("the deadline day itself").isFalse();
        assertThat(hazard.isOverdue(DEADLINE.plusDays(1))).isTrue();
    }

    @Test
    void rectifiedOrClosedHazardIsNeverOverdue() {
        var hazard = hazard();
        hazard.rectify("已更换灭火器", 7, "队长 何勇", NOW);
        assertThat(hazard.isOverdue(DEADLINE.plusDays(10))).isFalse();
        hazard.verify(true, null, 8, "保安主管 郑伟", NOW);
        assertThat(hazard.getStatus()).isEqualTo(Hazard.Status.CLOSED);
        assertThat(hazard.isOverdue(DEADLINE.plusDays(10))).isFalse();
    }

    @Test
    void overdueAlertIsSentOnceUntilANewDeadlineIsSet() {
        var hazard = hazard();
        assertThat(hazard.markOverdueAlerted()).isTrue();
        assertThat(hazard.markOverdueAlerted()).isFalse();
        hazard.assign(Severity.SERIOUS, "物业工程部 陈工", DEADLINE.plusDays(7));
        assertThat(hazard.markOverdueAlerted()).isTrue();
        hazard.assign(Severity.SERIOUS, "物业工程部 陈工", DEADLINE.plusDays(7));
        assertThat(hazard.markOverdueAlerted()).as("same deadline again").isFalse();
    }

    @Test
    void theRectifierCannotVerifyTheirOwnWorkAndARefusalNeedsAReason() {
        var hazard = hazard();
        assertThatThrownBy(() -> hazard.verify(true, null, 8, "主管", NOW)).hasMessage("siteops.hazard.notRectified");
        assertThatThrownBy(() -> hazard.rectify(" ", 7, "队长", NOW)).hasMessage("siteops.hazard.rectificationRequired");
        hazard.rectify("已更换灭火器", 7, "队长 何勇", NOW);
        assertThatThrownBy(() -> hazard.verify(true, null, 7, "队长 何勇", NOW)).hasMessage("siteops.hazard.verifierMustDiffer");
        assertThatThrownBy(() -> hazard.verify(false, "", 8, "主管", NOW)).hasMessage("siteops.hazard.refusalNeedsNote");
        assertThatThrownBy(() -> hazard.assign(Severity.MAJOR, null, DEADLINE)).hasMessage("siteops.hazard.notOpen");

        hazard.verify(false, "压力表仍不在绿区", 8, "保安主管 郑伟", NOW);
        assertThat(hazard.getStatus()).isEqualTo(Hazard.Status.OPEN);
        assertThat(hazard.getVerification()).isEqualTo("压力表仍不在绿区");
    }

    private static Hazard hazard() {
        return new Hazard(1, "二楼灭火器压力不足", "压力表指针在红区", Severity.MINOR, null, DEADLINE, null, NOW, "保安员 马超");
    }

}
