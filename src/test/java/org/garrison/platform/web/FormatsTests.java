package org.garrison.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FormatsTests {

    private final Formats formats = new Formats();

    @Test
    void moneyIsInYuanInBothLanguages() {
        assertThat(formats.money(new BigDecimal("1234.5"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("¥1,234.50");
        assertThat(formats.money(new BigDecimal("1234.5"), Locale.ENGLISH)).isEqualTo("¥1,234.50");
        assertThat(formats.money(new BigDecimal("-50"), Locale.ENGLISH)).contains("¥50.00").startsWith("-");
    }

    @Test
    void datesReadNaturallyPerLanguage() {
        var date = LocalDate.of(2026, 11, 21);
        assertThat(formats.date(date, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年11月21日");
        assertThat(formats.date(date, Locale.ENGLISH)).isEqualTo("Nov 21, 2026");
    }

}
