package org.garrison.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CsvWriterTests {

    @Test
    void startsWithAByteOrderMarkAndEndsRowsWithCrLf() {
        var out = new StringWriter();
        var csv = CsvWriter.withByteOrderMark(out);

        csv.row(Arrays.asList("时间", "操作人"));
        csv.row(Arrays.asList("2026-11-21 08:00:00", null));

        assertThat(out.toString()).isEqualTo("\uFEFF时间,操作人\r\n2026-11-21 08:00:00,\r\n");
    }

    @Test
    void quotesCellsWithSeparatorsQuotesOrLineBreaks() {
        assertThat(CsvWriter.cell("南山, 福田")).isEqualTo("\"南山, 福田\"");
        assertThat(CsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.cell("plain")).isEqualTo("plain");
    }

    @Test
    void keepsSpreadsheetsFromRunningCellsAsFormulas() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvWriter.cell("+1")).isEqualTo("'+1");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

}
