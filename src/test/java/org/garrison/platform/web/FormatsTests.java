package org.garrison.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class FormatsTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Formats formats = new Formats(Clock.system(SHANGHAI), messages());

    static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/platform");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

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

    @Test
    void timesAreShownInTheBusinessZoneWhateverTheServersZone() {
        TimeZone server = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            var formats = new Formats(Clock.system(SHANGHAI), messages());
            Instant evening = Instant.parse("2026-12-06T12:44:00Z"); // 20:44 in Shanghai
            assertThat(formats.dateTime(evening, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年12月6日 20:44");
            assertThat(formats.time(evening)).isEqualTo("20:44");
            assertThat(formats.day(Instant.parse("2026-12-06T16:30:00Z"))).isEqualTo(formats.date(LocalDate.of(2026, 12, 7)));
        }
        finally {
            TimeZone.setDefault(server);
        }
    }

    @Test
    void durationsReadAsTheirTwoLargestUnits() {
        assertThat(formats.duration(Duration.ofMinutes(2700), Locale.SIMPLIFIED_CHINESE)).isEqualTo("1 天 21 小时");
        assertThat(formats.duration(Duration.ofDays(2), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2 天");
        assertThat(formats.duration(Duration.ofMinutes(45), Locale.SIMPLIFIED_CHINESE)).isEqualTo("45 分钟");
        assertThat(formats.duration(Duration.ofMinutes(90), Locale.ENGLISH)).isEqualTo("1 h 30 min");
        assertThat(formats.duration(Duration.ofHours(3), Locale.ENGLISH)).isEqualTo("3 h");
        assertThat(formats.duration(Duration.ofSeconds(59), Locale.ENGLISH)).isEqualTo("0 min");
        assertThat(formats.duration(Duration.ofDays(1).plusMinutes(5), Locale.ENGLISH)).isEqualTo("1 d");
        assertThat(formats.duration(Duration.ofMinutes(-30), Locale.ENGLISH)).isEqualTo("-30 min");
        assertThat(formats.duration(Duration.ofMinutes(10_000), Locale.SIMPLIFIED_CHINESE)).isEqualTo("6 天 22 小时");
    }

    @Test
    void workingTimeReadsInHoursAndMinutesNeverDays() {
        try {
            org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
            assertThat(formats.workingMinutes(2700)).isEqualTo("45 小时");
            assertThat(formats.workingMinutes(1440)).isEqualTo("24 小时");
            assertThat(formats.workingMinutes(90)).isEqualTo("1 小时 30 分钟");
            assertThat(formats.workingMinutes(45)).isEqualTo("45 分钟");
            assertThat(formats.workingMinutes(0)).isEqualTo("0 分钟");
            assertThat(formats.workingMinutes(null)).isEmpty();
            org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(formats.workingMinutes(-90)).isEqualTo("-1 h 30 min");
        }
        finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

}
