package org.garrison.siteops.preparedness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PreparednessRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void drillIsHeldOnceNotInTheFutureWithParticipantsSummaryAndImprovementItems() {
        var drill = new Drill(1, "营业厅消防疏散演练", TODAY.plusDays(3));
        assertThatThrownBy(() -> drill.hold(TODAY.plusDays(1), TODAY, "全体队员", "疏散用时 3 分钟", null))
            .hasMessage("siteops.drill.heldInFuture");
        assertThatThrownBy(() -> drill.hold(TODAY, TODAY, " ", "疏散用时 3 分钟", null)).hasMessage("siteops.drill.summaryRequired");

        drill.hold(TODAY, TODAY, "何勇、马超等 8 人", "疏散用时 3 分钟，秩序良好", "广播音量偏小\n\n二楼指示牌需更换");
        assertThat(drill.getStatus()).isEqualTo(Drill.Status.HELD);
        assertThat(drill.improvementItems()).containsExactly("广播音量偏小", "二楼指示牌需更换");
        assertThatThrownBy(() -> drill.hold(TODAY, TODAY, "全体", "再次", null)).hasMessage("siteops.drill.alreadyHeld");
    }

    @Test
    void resourceIsDueForCheckUntilCheckedAndThenAgainAfterItsInterval() {
        var extinguishers = new EmergencyResource(1, EmergencyResource.Kind.EXTINGUISHER, "干粉灭火器 4kg", "营业厅", 6, 30,
                TODAY.plusDays(400), TODAY);
        assertThat(extinguishers.isCheckDue(TODAY)).isTrue();
        extinguishers.check(TODAY, true, null);
        assertThat(extinguishers.isCheckDue(TODAY.plusDays(29))).isFalse();
        assertThat(extinguishers.isCheckDue(TODAY.plusDays(30))).isTrue();
        assertThatThrownBy(() -> extinguishers.check(TODAY, false, "")).hasMessage("siteops.resource.problemNeedsNote");
        extinguishers.check(TODAY, false, "1 具压力不足");
        assertThat(extinguishers.getLastCheckOk()).isFalse();
    }

    @Test
    void resourceExpiresAfterItsDayAndExpiresSoonWithinThirtyDays() {
        var kit = new EmergencyResource(1, EmergencyResource.Kind.FIRST_AID_KIT, "急救箱", "值班室", 1, 90, TODAY.plusDays(30), TODAY);
        assertThat(kit.isExpiringSoon(TODAY)).isTrue();
        assertThat(kit.isExpiringSoon(TODAY.minusDays(1))).isFalse();
        assertThat(kit.isExpired(TODAY.plusDays(30))).isFalse();
        assertThat(kit.isExpired(TODAY.plusDays(31))).isTrue();
        assertThat(kit.isExpiringSoon(TODAY.plusDays(31))).isFalse();
        assertThatThrownBy(() -> new EmergencyResource(1, EmergencyResource.Kind.OTHER, "x", "y", 0, 30, null, TODAY))
            .hasMessage("siteops.resource.invalid");
    }

}
