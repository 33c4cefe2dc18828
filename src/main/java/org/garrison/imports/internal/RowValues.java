package org.garrison.imports.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * The cells of one row by column, read as the importers need them; a value that cannot be read refuses the row
 * with a reason naming the column (in the user's language).
 */
final class RowValues {

    private static final Pattern DAY = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private static final Pattern COMPACT_DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final Table.Line line;

    private final Map<String, Integer> columns;

    private final Map<String, String> labels;

    RowValues(Table.Line line, Map<String, Integer> columns, Map<String, String> labels) {
        this.line = line;
        this.columns = columns;
        this.labels = labels;
    }

    int number() {
        return line.number();
    }

    /** The cell's text, stripped; {@code null} when blank or the file has no such column. */
    @Nullable String text(String field) {
        Integer column = columns.get(field);
        if (column == null) {
            return null;
        }
        String text = line.cell(column).strip();
        return text.isEmpty() ? null : text;
    }

    String required(String field) {
        String text = text(field);
        if (text == null) {
            throw new DomainException("imports.error.required", label(field));
        }
        return text;
    }

    @Nullable LocalDate date(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            var matcher = DAY.matcher(text);
            if (matcher.matches()) {
                return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
            }
            matcher = COMPACT_DAY.matcher(text);
            if (matcher.matches()) {
                return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
            }
            if (text.matches("\\d{4,5}(\\.0+)?")) {
                return EXCEL_EPOCH.plusDays((long) Double.parseDouble(text));
            }
        }
        catch (DateTimeException ex) {
            // falls through to the refusal
        }
        throw new DomainException("imports.error.date", label(field), text);
    }

    LocalDate requiredDate(String field) {
        LocalDate date = date(field);
        if (date == null) {
            throw new DomainException("imports.error.required", label(field));
        }
        return date;
    }

    @Nullable Double decimal(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text).doubleValue();
        }
        catch (NumberFormatException ex) {
            throw new DomainException("imports.error.number", label(field), text);
        }
    }

    @Nullable Integer whole(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text).intValueExact();
        }
        catch (NumberFormatException | ArithmeticException ex) {
            throw new DomainException("imports.error.number", label(field), text);
        }
    }

    /** 是/否, yes/no, y/n, true/false, 1/0; {@code null} when blank. */
    @Nullable Boolean yesNo(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "是", "yes", "y", "true", "1", "√" -> true;
            case "否", "no", "n", "false", "0", "×" -> false;
            default -> throw new DomainException("imports.error.yesNo", label(field), text);
        };
    }

    /** The code whose label (in either language, or the code itself) the cell holds; {@code null} when blank. */
    @Nullable String choice(String field, Map<String, String> codesByLabel) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        String code = codesByLabel.get(Headers.normalise(text));
        if (code == null) {
            throw new DomainException("imports.error.choice", label(field), text);
        }
        return code;
    }

    String label(String field) {
        return labels.getOrDefault(field, field);
    }

}
