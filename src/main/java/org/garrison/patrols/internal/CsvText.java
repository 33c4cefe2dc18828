package org.garrison.patrols.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading the text of a patrol-wand export: UTF-8 (with or without BOM) when the bytes are valid UTF-8,
 * otherwise GB18030 (a superset of GBK, which Chinese wand software and Excel commonly write); and
 * splitting a line into fields (comma, semicolon or tab; double quotes around a field are removed).
 */
final class CsvText {

    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvText() {
    }

    /** The decoded text and the encoding it was read in. */
    record Decoded(String text, Charset charset) {
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        try {
            var text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, StandardCharsets.UTF_8);
        }
        catch (CharacterCodingException ex) {
            return new Decoded(new String(bytes, GB18030), GB18030);
        }
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

}
