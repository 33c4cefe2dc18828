package org.garrison.patrols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * 巡逻到位率 both ways: on time ÷ due, and (应巡 − 漏巡) ÷ 应巡 with 准时率 (on time ÷ scanned) apart. A scan
 * rejected on review was settled as a missed checkpoint before it reaches these numbers.
 */
class CompletionRateTests {

    @Test
    void nothingDueReadsZeroEveryWay() {
        assertThat(CompletionRate.NONE.rate()).isZero();
        assertThat(CompletionRate.NONE.presence()).isZero();
        assertThat(CompletionRate.NONE.punctuality()).isZero();
        assertThat(CompletionRate.NONE.rate(RateIndicator.PRESENCE)).isZero();
    }

    @Test
    void allMissedIsZeroPresenceAndNoPunctuality() {
        var missed = new CompletionRate(8, 0, 0, 8);
        assertThat(missed.rate()).isZero();
        assertThat(missed.presence()).isZero();
        assertThat(missed.punctuality()).isZero();
    }

    @Test
    void lateScansArePresentButNotPunctual() {
        var rate = new CompletionRate(10, 6, 3, 1);
        assertThat(rate.rate()).isCloseTo(0.6, within(1e-9));
        assertThat(rate.presence()).isCloseTo(0.9, within(1e-9));
        assertThat(rate.punctuality()).isCloseTo(6.0 / 9, within(1e-9));
        assertThat(rate.rate(RateIndicator.ON_TIME)).isEqualTo(rate.rate());
        assertThat(rate.rate(RateIndicator.PRESENCE)).isEqualTo(rate.presence());
        var allLate = new CompletionRate(4, 0, 4, 0);
        assertThat(allLate.presence()).isEqualTo(1.0);
        assertThat(allLate.punctuality()).isZero();
    }

    @Test
    void aRejectedScanSettledAsMissedLowersBothReadings() {
        var before = new CompletionRate(5, 5, 0, 0);
        var afterRejection = new CompletionRate(5, 4, 0, 1);
        assertThat(before.presence()).isEqualTo(1.0);
        assertThat(afterRejection.presence()).isCloseTo(0.8, within(1e-9));
        assertThat(afterRejection.rate()).isCloseTo(0.8, within(1e-9));
        assertThat(afterRejection.punctuality()).isEqualTo(1.0);
    }

    @Test
    void ratesAddUp() {
        var sum = new CompletionRate(10, 6, 3, 1).plus(new CompletionRate(10, 10, 0, 0));
        assertThat(sum.presence()).isCloseTo(19.0 / 20, within(1e-9));
        assertThat(sum.punctuality()).isCloseTo(16.0 / 19, within(1e-9));
    }

}
