package org.garrison.imports.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.garrison.shared.DomainException;

/**
 * Reads an uploaded file into a {@link Table}: an Excel workbook (.xlsx, its first sheet) or a CSV file (see
 * {@link CsvTables}). A cell formatted as a date is read as {@code yyyy-MM-dd}; a number without its trailing
 * zeros (a phone number typed as a number stays whole). An old .xls workbook or anything unreadable is refused as a
 * whole.
 */
final class TableReader {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private TableReader() {
    }

    static Table read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new DomainException("imports.error.empty");
        }
        if (ReadableWorkbook.isOLE2Header(bytes)) {
            throw new DomainException("imports.error.xls");
        }
        if (ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            try {
                return workbook(bytes);
            }
            catch (IOException | RuntimeException ex) {
                throw new DomainException("imports.error.unreadable");
            }
        }
        return CsvTables.read(bytes);
    }

    private static Table workbook(byte[] bytes) throws IOException {
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false));
                var rows = book.getFirstSheet().openStream()) {
            List<String> headers = null;
            var lines = new ArrayList<Table.Line>();
            Iterator<Row> iterator = rows.iterator();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                var cells = new ArrayList<String>();
                for (int column = 0; column < row.getCellCount(); column++) {
                    cells.add(text(row.getCell(column)));
                }
                if (headers == null) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    headers = cells;
                }
                else {
                    lines.add(new Table.Line(row.getRowNum(), cells));
                }
            }
            return new Table(headers == null ? List.of() : headers, lines, "xlsx");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && isDateFormat(format)) {
                return cell.asDate().toLocalDate().format(DAY);
            }
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text.strip();
    }

    private static boolean isDateFormat(String format) {
        String plain = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return plain.contains("y") || plain.contains("d") || plain.contains("m") && !plain.contains("0");
    }

}
