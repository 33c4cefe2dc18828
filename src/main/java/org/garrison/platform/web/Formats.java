package org.garrison.platform.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times, durations, numbers and money (always ¥, CNY) in the user's language and the business
 * zone (the zone of the application {@link Clock}, whatever zone the server runs in); used by templates
 * as {@code @formats}.
 */
@Component("formats")
public class Formats {

    private static final Currency YUAN = Currency.getInstance("CNY");

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;

    private final MessageSource messages;

    public Formats(Clock clock, MessageSource messages) {
        this.zone = clock.getZone();
        this.messages = messages;
    }

    /** Date and time of an instant in the business zone, e.g. 2026年12月6日 20:44. */
    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : dateTime(instant, LocaleContextHolder.getLocale());
    }

    /** The time of day of an instant in the business zone, e.g. 20:44. */
    public String time(@Nullable Instant instant) {
        return instant == null ? "" : HOURS_MINUTES.format(instant.atZone(zone));
    }

    /** A time of day, e.g. 08:00. */
    public String time(@Nullable LocalTime time) {
        return time == null ? "" : HOURS_MINUTES.format(time);
    }

    /** The business day of an instant, e.g. 2026年12月6日. */
    public String day(@Nullable Instant instant) {
        return instant == null ? "" : date(instant.atZone(zone).toLocalDate());
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : date(date, LocaleContextHolder.getLocale());
    }

    /** A duration as people read it: its two largest units, e.g. 2 天, 45 分钟, 1 h 30 min. */
    public String duration(@Nullable Duration duration) {
        return duration == null ? "" : duration(duration, LocaleContextHolder.getLocale());
    }

    /** A number of minutes as people read it (see {@link #duration(Duration)}). */
    public String minutes(@Nullable Number minutes) {
        return minutes == null ? "" : duration(Duration.ofMinutes(minutes.longValue()));
    }

    /**
     * Working time (an SLA limit counted on a working calendar) in hours and minutes, never days: 2700 working
     * minutes are 45 小时, five working days of nine hours, not "1 天 21 小时".
     */
    public String workingMinutes(@Nullable Number minutes) {
        if (minutes == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        long total = Math.abs(minutes.longValue());
        long hours = total / 60;
        long rest = total % 60;
        List<String> parts = new ArrayList<>();
        if (hours > 0) {
            parts.add(unit("format.duration.hours", hours, locale));
        }
        if (rest > 0 || hours == 0) {
            parts.add(unit("format.duration.minutes", rest, locale));
        }
        return (minutes.longValue() < 0 ? "-" : "") + String.join(" ", parts);
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

    String duration(Duration duration, Locale locale) {
        boolean negative = duration.isNegative();
        long minutes = duration.abs().toMinutes();
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(unit("format.duration.days", days, locale));
        }
        if (hours > 0 && parts.size() < 2) {
            parts.add(unit("format.duration.hours", hours, locale));
        }
        if (rest > 0 && parts.size() < 2 && days == 0) {
            parts.add(unit("format.duration.minutes", rest, locale));
        }
        if (parts.isEmpty()) {
            parts.add(unit("format.duration.minutes", 0, locale));
        }
        String text = String.join(" ", parts);
        return negative ? "-" + text : text;
    }

    private String unit(String key, long amount, Locale locale) {
        return messages.getMessage(key, new Object[] { amount }, locale);
    }

    String money(BigDecimal amount, Locale locale) {
        var format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(YUAN);
        String text = format.format(amount);
        // Locales outside China print "CN¥"; the company's users read "¥" everywhere.
        return text.replace("CN¥", "¥");
    }

}
