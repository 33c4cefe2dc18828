package org.garrison.platform.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times, numbers and money (always ¥, CNY) in the user's language; used by templates as
 * {@code @formats}.
 */
@Component("formats")
public class Formats {

    private static final Currency YUAN = Currency.getInstance("CNY");

    private final ZoneId zone = ZoneId.systemDefault();

    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : dateTime(instant, LocaleContextHolder.getLocale());
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : date(date, LocaleContextHolder.getLocale());
    }

    public String money(@Nullable BigDecimal amount) {
        return amount == null ? "" : money(amount, LocaleContextHolder.getLocale());
    }

    public String number(@Nullable Number value) {
        return value == null ? "" : NumberFormat.getNumberInstance(LocaleContextHolder.getLocale()).format(value);
    }

    String dateTime(Instant instant, Locale locale) {
        var pattern = "zh".equals(locale.getLanguage()) ? DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", locale)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        return pattern.withZone(zone).format(instant);
    }

    String date(LocalDate date, Locale locale) {
        var pattern = "zh".equals(locale.getLanguage()) ? DateTimeFormatter.ofPattern("yyyy年M月d日", locale)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return pattern.format(date);
    }

    String money(BigDecimal amount, Locale locale) {
        var format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(YUAN);
        String text = format.format(amount);
        // Locales outside China print "CN¥"; the company's users read "¥" everywhere.
        return text.replace("CN¥", "¥");
    }

}
