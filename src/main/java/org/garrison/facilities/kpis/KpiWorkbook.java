package org.garrison.facilities.kpis;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes a month's KPI rows to one Excel sheet in the reader's language: the page's table, one row per site and KPI. */
@Component
class KpiWorkbook {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String> HEADERS = List.of("facilities.kpi.month", "facilities.kpi.site",
            "facilities.kpi.service", "facilities.kpi.kpi", "facilities.kpi.numerator", "facilities.kpi.denominator",
            "facilities.kpi.value", "facilities.kpi.target", "facilities.kpi.status");

    private final MessageSource messages;

    KpiWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    String fileName(String month, Locale locale) {
        return text("facilities.kpi.file", locale) + "-" + month + ".xlsx";
    }

    void write(OutputStream out, List<KpiRow> rows, Locale locale) throws IOException {
        Workbook workbook = new Workbook(out, "Garrison", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("facilities.kpi.title", locale));
        for (int column = 0; column < HEADERS.size(); column++) {
            sheet.value(0, column, text(HEADERS.get(column), locale));
            sheet.style(0, column).bold().set();
        }
        int line = 1;
        for (var row : rows) {
            boolean rate = row.kpi().kind() == Kpi.Kind.RATE;
            sheet.value(line, 0, row.month().toString());
            sheet.value(line, 1, row.siteName());
            sheet.value(line, 2, text(row.service() == null ? "facilities.kpi.siteWide" : row.service().messageKey(), locale));
            sheet.value(line, 3, text(row.kpi().messageKey(), locale));
            sheet.value(line, 4, row.numerator());
            if (rate) {
                sheet.value(line, 5, row.denominator());
            }
            if (row.value() != null) {
                sheet.value(line, 6, row.value());
            }
            sheet.value(line, 7, target(row, locale));
            sheet.value(line, 8, text(row.status().messageKey(), locale));
            line++;
        }
        workbook.finish();
    }

    private String target(KpiRow row, Locale locale) {
        var target = row.target();
        String value = target.comparison().symbol() + " " + plain(target.value())
                + (row.kpi().kind() == Kpi.Kind.RATE ? " %" : "");
        return target.period() == KpiPeriod.QUARTER ? value + " " + text("facilities.kpi.perQuarter", locale) : value;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

}
