package org.garrison.facilities.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.garrison.facilities.assets.AssetFigures.Figures;
import org.garrison.facilities.assets.AssetFigures.QualityScore;
import org.garrison.contracts.ServiceKind;
import org.junit.jupiter.api.Test;

class FiguresTests {

    @Test
    void zeroDenominatorsGiveNoRateNeitherZeroNorHundredPercent() {
        assertThat(Rates.percent(0, 0)).isNull();
        assertThat(Figures.NONE.survivalRate()).isNull();
        assertThat(Figures.NONE.diseaseRate()).isNull();
        assertThat(Figures.NONE.pestControlRate()).isNull();
        assertThat(Figures.NONE.treatmentEffectiveness()).isNull();
        assertThat(Figures.NONE.deviceFailureRate()).isNull();
        assertThat(Figures.NONE.sortingAccuracy()).isNull();
        assertThat(Figures.atLeast(null, Figures.SURVIVAL_TARGET)).isNull();
        assertThat(QualityScore.of(ServiceKind.CLEANING, 0, 0).averageScore()).isNull();
    }

    @Test
    void ratesAreSharesInPercentWithOneDecimalJudgedAgainstTheSeedTargets() {
        var figures = new Figures(15, 14, 1, 6, 1, 4, 3, 3, 10, 1, 300, 1, 12, 11,
                List.of(QualityScore.of(ServiceKind.CLEANING, 3, 280)));
        assertThat(figures.survivalRate()).isEqualByComparingTo("93.3");
        assertThat(Figures.atLeast(figures.survivalRate(), Figures.SURVIVAL_TARGET)).isFalse();
        assertThat(figures.diseaseRate()).isEqualByComparingTo("6.7");
        assertThat(figures.pestControlRate()).isEqualByComparingTo("83.3");
        assertThat(figures.treatmentEffectiveness()).isEqualByComparingTo("100.0");
        assertThat(figures.deviceFailureRate()).isEqualByComparingTo("10.0");
        assertThat(Figures.below(figures.deviceFailureRate(), Figures.FAILURE_LIMIT)).isFalse();
        assertThat(figures.sortingAccuracy()).isEqualByComparingTo("91.7");
        assertThat(Figures.atLeast(figures.sortingAccuracy(), Figures.SORTING_TARGET)).isTrue();
        assertThat(figures.quality().get(0).averageScore()).isEqualByComparingTo(new BigDecimal("93.3"));
    }

    @Test
    void aQualityScoreIsTheShareOfPassedItemsUnlessAThirdPartyGaveOne() {
        var items = List.of(new QualityCheckItem("地面", CheckMethod.WHITE_GLOVE, true, null),
                new QualityCheckItem("卫生间", CheckMethod.SMELL, false, "有异味"), new QualityCheckItem("扶手", CheckMethod.TEST_STRIP, true, null));
        assertThat(QualityCheck.score(QualityCheckKind.SELF, items, null)).isEqualTo(67);
        assertThat(QualityCheck.score(QualityCheckKind.THIRD_PARTY, List.of(), 88)).isEqualTo(88);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> QualityCheck.score(QualityCheckKind.PEER, items, 90))
            .hasMessage("facilities.assets.quality.scoreOnlyThirdParty");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> QualityCheck.score(QualityCheckKind.SELF, List.of(), null))
            .hasMessage("facilities.assets.quality.noItems");
    }

}
