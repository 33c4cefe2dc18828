package org.garrison.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SeriesTests {

    private static final LocalDate NEW_YEAR = LocalDate.of(2023, 1, 1);

    @Test
    void defaultShapeIsNameDateAndThreeDigits() {
        assertThat(Series.of("附件-合同").format(NEW_YEAR, 1)).isEqualTo("附件-合同-20230101-001");
    }

    @Test
    void sequenceGrowsPastItsWidth() {
        assertThat(Series.of("附件-合同").format(NEW_YEAR, 999)).isEqualTo("附件-合同-20230101-999");
        assertThat(Series.of("附件-合同").format(NEW_YEAR, 1000)).isEqualTo("附件-合同-20230101-1000");
    }

    @Test
    void seriesDefinesPrefixSeparatorAndWidth() {
        var complaints = new Series("complaints", "TS", "-", 4);
        var orders = new Series("work-orders", "WO", "/", 5);

        assertThat(complaints.format(LocalDate.of(2026, 11, 21), 1)).isEqualTo("TS-20261121-0001");
        assertThat(orders.format(LocalDate.of(2026, 11, 21), 42)).isEqualTo("WO/20261121/00042");
    }

    @Test
    void refusesSequencesBelowOneAndSillyWidths() {
        assertThatIllegalArgumentException().isThrownBy(() -> Series.of("X").format(NEW_YEAR, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Series("X", "X", "-", 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Series(" ", "X", "-", 3));
    }

}
