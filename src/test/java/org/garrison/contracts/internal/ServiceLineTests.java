package org.garrison.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.garrison.contracts.ServiceKind;
import org.garrison.contracts.internal.ServiceLine.Terms;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;

class ServiceLineTests {

    @Test
    void guardingLineNeedsHeadcountShiftsAndPostAndCountsGuardsPerDay() {
        var line = new ServiceLine(ContractSamples.gate("36000"));
        assertThat(line.guardsNeeded()).isEqualTo(6);
        assertThat(line.key()).isEqualTo("GUARDING/S901/大门岗");
    }

    @Test
    void blankTargetsTakeTheServiceDefaultsOfTheRulebook() {
        var cleaning = new ServiceLine(ContractSamples.cleaning("8000"));
        assertThat(cleaning.getResponseMinutes()).isEqualTo(120);
        assertThat(cleaning.getEmergencyMinutes()).isEqualTo(30);
        assertThat(cleaning.getSatisfactionPct()).isEqualTo(95);
        var electrical = new ServiceLine(ContractSamples.electrical("5000"));
        assertThat(electrical.getResponseMinutes()).isEqualTo(30);
        assertThat(electrical.getResolutionMinutes()).isEqualTo(1440);
        var plants = new ServiceLine(new Terms(ServiceKind.PLANT_CARE, "S901", "x", null, null, null, null, null, null,
                null, null, null, null, null, BigDecimal.ONE));
        assertThat(plants.getSatisfactionPct()).isEqualTo(90);
        assertThat(plants.getResolutionMinutes()).isEqualTo(2880);
    }

    @Test
    void givenTargetsOverrideTheDefaults() {
        var line = new ServiceLine(new Terms(ServiceKind.PEST_CONTROL, "s901", "x", null, null, null, null, null, "每月",
                null, 600, 60, null, 98, BigDecimal.TEN));
        assertThat(line.getResponseMinutes()).isEqualTo(600);
        assertThat(line.getEmergencyMinutes()).isEqualTo(60);
        assertThat(line.getSatisfactionPct()).isEqualTo(98);
        assertThat(line.getSiteCode()).isEqualTo("S901");
    }

    @Test
    void refusesNegativeFees() {
        assertThatThrownBy(() -> new ServiceLine(ContractSamples.gate("-1"))).isInstanceOf(DomainException.class)
            .hasMessage("proposal.line.negativeFee");
    }

    @Test
    void acceptsAFreeLine() {
        assertThat(new ServiceLine(ContractSamples.cleaning("0")).getMonthlyFee()).isEqualByComparingTo("0");
    }

    @Test
    void refusesAGuardingLineWithoutPostHeadcountOrWithTooManyShifts() {
        var noPost = new Terms(ServiceKind.GUARDING, "S1", "x", " ", 1, 1, null, null, null, null, null, null, null, null,
                BigDecimal.ONE);
        assertThatThrownBy(() -> new ServiceLine(noPost)).hasMessage("proposal.line.postMissing");
        var noHeadcount = new Terms(ServiceKind.GUARDING, "S1", "x", "门岗", 0, 1, null, null, null, null, null, null,
                null, null, BigDecimal.ONE);
        assertThatThrownBy(() -> new ServiceLine(noHeadcount)).hasMessage("proposal.line.headcount");
        var fiveShifts = new Terms(ServiceKind.GUARDING, "S1", "x", "门岗", 1, 5, null, null, null, null, null, null,
                null, null, BigDecimal.ONE);
        assertThatThrownBy(() -> new ServiceLine(fiveShifts)).hasMessage("proposal.line.shifts");
    }

    @Test
    void refusesALineWithoutSiteAndTargetsOutOfRange() {
        var noSite = new Terms(ServiceKind.CLEANING, "", "x", null, null, null, null, null, null, null, null, null, null,
                null, BigDecimal.ONE);
        assertThatThrownBy(() -> new ServiceLine(noSite)).hasMessage("proposal.line.siteMissing");
        var overHundred = new Terms(ServiceKind.CLEANING, "S1", "x", null, null, null, null, null, null, null, null, null,
                null, 101, BigDecimal.ONE);
        assertThatThrownBy(() -> new ServiceLine(overHundred)).hasMessage("proposal.line.percent");
    }

    @Test
    void facilityServiceLinesCarryNoPostOrHeadcount() {
        var line = new ServiceLine(new Terms(ServiceKind.CLEANING, "S1", "x", "门岗", 3, 2, null, null, null, null, null,
                null, null, null, BigDecimal.ONE));
        assertThat(line.getPostName()).isNull();
        assertThat(line.guardsNeeded()).isZero();
        assertThat(new ServiceLine(line.terms()).terms()).isEqualTo(line.terms());
    }

}
