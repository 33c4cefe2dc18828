package org.garrison.imports.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading a CSV file: UTF-8 when it starts with a byte order mark or all its bytes are valid UTF-8, otherwise
 * GB18030 (a superset of GBK, what Excel on Chinese Windows writes). Fields are separated by commas (or tabs or
 * semicolons when the first line has those and no commas); a field in double quotes may hold separators and line
 * breaks, {@code ""} inside quotes is one quote. Lines end with LF, CR LF or CR.
 */
final class CsvTables {

    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvTables() {
    }

    static Table read(byte[] bytes) {
        Charset charset;
        String text;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        else {
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
                charset = StandardCharsets.UTF_8;
            }
            catch (CharacterCodingException ex) {
                charset = GB18030;
                text = new String(bytes, GB18030);
            }
        }
        List<Table.Line> lines = parse(text);
        if (lines.isEmpty()) {
            return new Table(List.of(), List.of(), charset.name());
        }
        return new Table(lines.get(0).cells(), lines.subList(1, lines.size()), charset.name());
    }

    static List<Table.Line> parse(String text) {
        char separator = separator(text);
        var lines = new ArrayList<Table.Line>();
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        int number = 1;
        int startedAt = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                }
                else {
                    if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                        number++;
                    }
                    cell.append(c);
                }
            }
            else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            }
            else if (c == separator) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            }
            else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString().strip());
                lines.add(new Table.Line(startedAt, cells));
                cells = new ArrayList<>();
                cell.setLength(0);
                number++;
                startedAt = number;
            }
            else {
                cell.append(c);
            }
            i++;
        }
        if (!cells.isEmpty() || !cell.isEmpty()) {
            cells.add(cell.toString().strip());
            lines.add(new Table.Line(startedAt, cells));
        }
        return lines;
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (first.indexOf(',') >= 0) {
            return ',';
        }
        if (first.indexOf('\t') >= 0) {
            return '\t';
        }
        return first.indexOf(';') >= 0 ? ';' : ',';
    }

}
