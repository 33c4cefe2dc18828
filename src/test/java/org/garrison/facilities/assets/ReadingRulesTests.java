package org.garrison.facilities.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ReadingRulesTests {

    @Test
    void refusesAReadingWithoutValuesOrOutOfItsPhysicalRange() {
        assertThatThrownBy(() -> ReadingRules.requireValid(null, null, null, null)).hasMessage("facilities.assets.reading.empty");
        assertThatThrownBy(() -> ReadingRules.requireValid(new BigDecimal("-1"), null, null, null))
            .hasMessage("facilities.assets.reading.voltageRange");
        assertThatThrownBy(() -> ReadingRules.requireValid(null, new BigDecimal("2000.1"), null, null))
            .hasMessage("facilities.assets.reading.currentRange");
        assertThatThrownBy(() -> ReadingRules.requireValid(null, null, new BigDecimal("10001"), null))
            .hasMessage("facilities.assets.reading.insulationRange");
        assertThatThrownBy(() -> ReadingRules.requireValid(null, null, null, new BigDecimal("-0.1")))
            .hasMessage("facilities.assets.reading.groundingRange");
        ReadingRules.requireValid(new BigDecimal("1000"), BigDecimal.ZERO, new BigDecimal("10000"), new BigDecimal("1000"));
    }

    @Test
    void judgesVoltageWithinTenPercentOfEitherNominalAndTheResistancesAgainstTheirThresholds() {
        assertThat(ReadingRules.findings(new BigDecimal("198"), new BigDecimal("0.5"), new BigDecimal("4"))).isEmpty();
        assertThat(ReadingRules.findings(new BigDecimal("418"), null, null)).isEmpty();
        assertThat(ReadingRules.findings(new BigDecimal("197.9"), null, null)).containsExactly("VOLTAGE");
        assertThat(ReadingRules.findings(new BigDecimal("300"), null, null)).containsExactly("VOLTAGE");
        assertThat(ReadingRules.findings(null, new BigDecimal("0.49"), new BigDecimal("4.01"))).containsExactly("INSULATION", "GROUNDING");
    }

}
