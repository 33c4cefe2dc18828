package org.garrison.facilities.kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.garrison.contracts.ServiceKind;
import org.garrison.shared.SiteId;
import org.junit.jupiter.api.Test;

/** The KPI definitions of RULES B.2 and how a value is held against its target. */
class KpiTests {

    @Test
    void aRateWithoutADenominatorHasNoDataRatherThanZeroOrAHundredPercent() {
        var target = Kpi.ON_TIME.target(ServiceKind.CLEANING).orElseThrow();
        var result = Kpi.ON_TIME.evaluate(target, 0, 0, true);
        assertThat(result.value()).isNull();
        assertThat(result.status()).isEqualTo(KpiStatus.NO_DATA);
        var below = Kpi.COMPLAINT_RATE.evaluate(Kpi.COMPLAINT_RATE.target(null).orElseThrow(), 0, 0, true);
        assertThat(below.status()).isEqualTo(KpiStatus.NO_DATA);
    }

    @Test
    void exactlyAtAnAtLeastTargetMeetsIt() {
        var target = Kpi.SATISFACTION.target(ServiceKind.CLEANING).orElseThrow();
        var result = Kpi.SATISFACTION.evaluate(target, 19, 20, false);
        assertThat(result.value()).isEqualByComparingTo("95");
        assertThat(result.status()).isEqualTo(KpiStatus.MET);
        assertThat(Kpi.SATISFACTION.evaluate(target, 18, 20, false).status()).isEqualTo(KpiStatus.MISSED);
    }

    @Test
    void exactlyAtABelowTargetMissesIt() {
        var target = Kpi.COMPLAINT_RATE.target(null).orElseThrow();
        assertThat(Kpi.COMPLAINT_RATE.evaluate(target, 1, 100, true).status()).isEqualTo(KpiStatus.MISSED);
        var under = Kpi.COMPLAINT_RATE.evaluate(target, 1, 101, true);
        assertThat(under.status()).isEqualTo(KpiStatus.MET);
        assertThat(under.value()).isEqualByComparingTo("0.99");
        assertThat(Kpi.COMPLAINT_RATE.evaluate(target, 0, 5, true).status()).isEqualTo(KpiStatus.MET);
    }

    @Test
    void theExactRatioDecidesNotTheRoundedPercentage() {
        var target = Kpi.PEST_CONTROL.target(ServiceKind.PEST_CONTROL).orElseThrow();
        var result = Kpi.PEST_CONTROL.evaluate(target, 98_999, 100_000, true);
        assertThat(result.value()).isEqualByComparingTo("99.00");
        assertThat(result.status()).isEqualTo(KpiStatus.MISSED);
    }

    @Test
    void anExactlyTargetIsMetOnlyAtTheValue() {
        var coverage = Kpi.TREATMENT_COVERAGE.target(ServiceKind.PEST_CONTROL).orElseThrow();
        assertThat(coverage.comparison()).isEqualTo(Comparison.EXACTLY);
        assertThat(Kpi.TREATMENT_COVERAGE.evaluate(coverage, 12, 12, true).status()).isEqualTo(KpiStatus.MET);
        assertThat(Kpi.TREATMENT_COVERAGE.evaluate(coverage, 11, 12, true).status()).isEqualTo(KpiStatus.MISSED);
        var accidents = Kpi.ACCIDENTS.target(ServiceKind.ELECTRICAL).orElseThrow();
        var none = Kpi.ACCIDENTS.evaluate(accidents, 0, 0, false);
        assertThat(none.value()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(none.status()).isEqualTo(KpiStatus.MET);
        assertThat(Kpi.ACCIDENTS.evaluate(accidents, 1, 0, false).status()).isEqualTo(KpiStatus.MISSED);
    }

    @Test
    void suggestionsAreMonthlyForCleaningAndQuarterlyElsewhere() {
        var cleaning = Kpi.SUGGESTIONS.target(ServiceKind.CLEANING).orElseThrow();
        var plants = Kpi.SUGGESTIONS.target(ServiceKind.PLANT_CARE).orElseThrow();
        assertThat(cleaning.period()).isEqualTo(KpiPeriod.MONTH);
        assertThat(plants.period()).isEqualTo(KpiPeriod.QUARTER);
        assertThat(plants.period().start(YearMonth.of(2026, 11))).isEqualTo(YearMonth.of(2026, 10));
        assertThat(plants.period().end(YearMonth.of(2026, 11))).isEqualTo(YearMonth.of(2026, 12));
        assertThat(KpiPeriod.QUARTER.start(YearMonth.of(2026, 3))).isEqualTo(YearMonth.of(2026, 1));
        assertThat(KpiPeriod.MONTH.end(YearMonth.of(2026, 3))).isEqualTo(YearMonth.of(2026, 3));
    }

    @Test
    void aQuarterlyCountShortOfItsTargetIsPendingUntilTheQuarterEnds() {
        var plants = Kpi.SUGGESTIONS.target(ServiceKind.PLANT_CARE).orElseThrow();
        assertThat(Kpi.SUGGESTIONS.evaluate(plants, 0, 0, false).status()).isEqualTo(KpiStatus.PENDING);
        assertThat(Kpi.SUGGESTIONS.evaluate(plants, 0, 0, true).status()).isEqualTo(KpiStatus.MISSED);
        assertThat(Kpi.SUGGESTIONS.evaluate(plants, 1, 0, false).status()).isEqualTo(KpiStatus.MET);
    }

    @Test
    void eachKpiAppliesToTheServicesOfTheRulesTable() {
        assertThat(Kpi.COMPLETION.services()).containsExactly(ServiceKind.CLEANING);
        assertThat(Kpi.PLANT_DISEASE.target(ServiceKind.PLANT_CARE).orElseThrow().comparison()).isEqualTo(Comparison.BELOW);
        assertThat(Kpi.SATISFACTION.target(ServiceKind.PLANT_CARE).orElseThrow().value()).isEqualByComparingTo("90");
        assertThat(Kpi.IMPROVEMENT_RATE.target(ServiceKind.CLEANING).orElseThrow().value()).isEqualByComparingTo("90");
        assertThat(Kpi.IMPROVEMENT_RATE.target(ServiceKind.ELECTRICAL).orElseThrow().value()).isEqualByComparingTo("80");
        assertThat(Kpi.FEEDBACK_HANDLING.services()).containsExactlyElementsOf(Kpi.SERVICES);
        assertThat(Kpi.COMPLAINT_RATE.isSiteWide()).isTrue();
        assertThat(Kpi.COMPLAINT_RATE.appliesTo(ServiceKind.CLEANING)).isFalse();
        assertThat(Kpi.SATISFACTION.appliesTo(ServiceKind.GUARDING)).isFalse();
        assertThat(Kpi.SATISFACTION.appliesTo(null)).isFalse();
    }

    @Test
    void aValueForAServiceTheKpiDoesNotMeasureIsRefused() {
        var site = new SiteId(1);
        var month = YearMonth.of(2026, 12);
        assertThatThrownBy(() -> new KpiValue(Kpi.PLANT_SURVIVAL, site, ServiceKind.CLEANING, month, 1, 1))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KpiValue(Kpi.COMPLAINT_RATE, site, ServiceKind.CLEANING, month, 1, 1))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KpiValue(Kpi.ON_TIME, site, ServiceKind.CLEANING, month, -1, 1))
            .isInstanceOf(IllegalArgumentException.class);
    }

}
