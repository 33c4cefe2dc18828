package org.garrison.patrols.internal;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading the text of a patrol-wand export as a stream: UTF-8 (with or without BOM) when the bytes are valid
 * UTF-8, otherwise GB18030 (a superset of GBK, which Chinese wand software and Excel commonly write); and
 * splitting a line into fields (comma, semicolon or tab; double quotes around a field are removed). Lines end
 * with LF, CR LF or CR, as {@link BufferedReader#readLine()} reads them.
 */
final class CsvText {

    static final Charset GB18030 = Charset.forName("GB18030");

    private static final int[] BOM = { 0xEF, 0xBB, 0xBF };

    private CsvText() {
    }

    /** What a first pass over a file finds: the encoding to read it in and how many lines it has. */
    record Survey(Charset charset, long lines) {
    }

    /** Reads the whole stream once, without keeping it; the caller closes the stream. */
    static Survey survey(InputStream in) throws IOException {
        var counter = new LineCounter(in);
        var strictUtf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        var reader = new InputStreamReader(counter, strictUtf8);
        char[] chars = new char[8192];
        try {
            while (reader.read(chars) >= 0) {
                // only checking that every byte is UTF-8
            }
            return new Survey(StandardCharsets.UTF_8, counter.lines());
        }
        catch (CharacterCodingException ex) {
            counter.skipRest();
            return new Survey(counter.startsWithBom() ? StandardCharsets.UTF_8 : GB18030, counter.lines());
        }
    }

    /** The lines of the stream in the given encoding, without a leading UTF-8 byte order mark. */
    static BufferedReader reader(InputStream in, Charset charset) throws IOException {
        var bytes = new PushbackInputStream(in, BOM.length);
        byte[] head = bytes.readNBytes(BOM.length);
        boolean bom = head.length == BOM.length && (head[0] & 0xFF) == BOM[0] && (head[1] & 0xFF) == BOM[1]
                && (head[2] & 0xFF) == BOM[2];
        if (!bom || !charset.equals(StandardCharsets.UTF_8)) {
            bytes.unread(head);
        }
        return new BufferedReader(new InputStreamReader(bytes, charset), 64 * 1024);
    }

    static List<String> fields(String line) {
        char delimiter = line.indexOf('\t') >= 0 ? '\t' : line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : ',';
        var fields = new ArrayList<String>();
        var current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                }
                else {
                    quoted = !quoted;
                }
            }
            else if (c == delimiter && !quoted) {
                fields.add(current.toString().strip());
                current.setLength(0);
            }
            else {
                current.append(c);
            }
        }
        fields.add(current.toString().strip());
        return fields;
    }

    /**
     * Counts the lines of the bytes passing through. CR and LF are never part of a multi-byte character in
     * UTF-8 or GB18030, so counting bytes counts the lines of either.
     */
    private static final class LineCounter extends FilterInputStream {

        private long breaks;

        private long position;

        private int last = -1;

        private boolean bom = true;

        LineCounter(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                count(buffer[offset + i] & 0xFF);
            }
            return n;
        }

        private void count(int b) {
            if (position < BOM.length && b != BOM[(int) position]) {
                bom = false;
            }
            position++;
            if (b == '\r' || (b == '\n' && last != '\r')) {
                breaks++;
            }
            last = b;
        }

        void skipRest() throws IOException {
            byte[] buffer = new byte[8192];
            while (read(buffer, 0, buffer.length) >= 0) {
                // counting only
            }
        }

        boolean startsWithBom() {
            return bom && position >= BOM.length;
        }

        long lines() {
            boolean unfinished = position > 0 && last != '\n' && last != '\r';
            return breaks + (unfinished ? 1 : 0);
        }

    }

}
