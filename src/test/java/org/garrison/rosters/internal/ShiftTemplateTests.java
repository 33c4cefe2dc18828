package org.garrison.rosters.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Shift templates: times, crossing midnight, overlaps within a set. */
class ShiftTemplateTests {

    static ShiftTemplate template(String name, int from, int to, boolean crosses) {
        return new ShiftTemplate("两班制", new ShiftTemplate.Timing(name, LocalTime.of(from, 0), LocalTime.of(to % 24, 0),
                crosses, 30));
    }

    @Test
    void aShiftEndingBeforeItStartsMustCrossMidnight() {
        assertThatThrownBy(() -> template("夜班", 20, 8, false)).isInstanceOf(DomainException.class)
            .hasMessage("rosters.template.endsBeforeStart");
        assertThatThrownBy(() -> template("白班", 8, 20, true)).isInstanceOf(DomainException.class)
            .hasMessage("rosters.template.noMidnight");
    }

    @Test
    void theNightShiftEndsTheNextMorningInTheBusinessZone() {
        var night = template("夜班", 20, 8, true);
        var zone = ZoneId.of("Asia/Shanghai");
        var day = LocalDate.of(2026, 12, 31);

        assertThat(night.startOn(day, zone)).isEqualTo(day.atTime(20, 0).atZone(zone).toInstant());
        assertThat(night.endOn(day, zone)).isEqualTo(LocalDate.of(2027, 1, 1).atTime(8, 0).atZone(zone).toInstant());
        assertThat(night.isNight()).isTrue();
        assertThat(template("白班", 8, 20, false).isNight()).isFalse();
    }

    @Test
    void dayAndNightShiftsTouchWithoutOverlappingButAnEarlyNightOverlapsBoth() {
        var day = template("白班", 8, 20, false);
        var night = template("夜班", 20, 8, true);
        var early = template("早夜班", 19, 7, true);

        assertThat(day.overlaps(night)).isFalse();
        assertThat(night.overlaps(day)).isFalse();
        assertThat(early.overlaps(day)).isTrue();
        assertThat(early.overlaps(night)).isTrue();
    }

    @Test
    void aCertificateRefusalFoundOnceLastsToTheEndOfThePeriod() {
        assertThat(RosterProblems.firstRefusedDay(d -> d >= 17, 31)).isEqualTo(17);
        assertThat(RosterProblems.firstRefusedDay(d -> true, 31)).isZero();
        assertThat(RosterProblems.firstRefusedDay(d -> false, 31)).isEqualTo(31);
        assertThat(RosterProblems.firstRefusedDay(d -> d >= 30, 31)).isEqualTo(30);
    }

}
