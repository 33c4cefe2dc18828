package org.garrison.audit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Writes RFC 4180 CSV that Excel opens correctly: a UTF-8 byte-order mark first, CRLF line ends,
 * quoted cells where needed, and cells that a spreadsheet would run as a formula (a user name typed
 * into a failed sign-in can be anything) prefixed with an apostrophe.
 */
final class CsvWriter {

    private final Writer out;

    private CsvWriter(Writer out) {
        this.out = out;
    }

    /** A writer that has already written the byte-order mark. */
    static CsvWriter withByteOrderMark(Writer out) {
        write(out, "\uFEFF");
        return new CsvWriter(out);
    }

    void row(List<@Nullable String> cells) {
        var line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        write(out, line.append("\r\n").toString());
    }

    static String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
