package org.garrison.imports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;

/**
 * An importer's template: the sheet to fill (headers in the user's language, required ones marked with *, one
 * example row), a sheet of the allowed values (one column per column that has them) and a sheet of notes.
 */
final class TemplateSheet {

    private TemplateSheet() {
    }

    static byte[] write(Importer importer, List<Importer.Allowed> allowed, MessageSource messages, Locale locale) {
        var bytes = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(bytes, "Garrison", "1.0");
            Map<String, String> labels = Headers.labels(importer.columns(), messages, locale);
            Worksheet sheet = workbook.newWorksheet(messages.getMessage(importer.kind().labelKey(), null, locale));
            List<String> example = importer.example(locale);
            int column = 0;
            for (Column c : importer.columns()) {
                sheet.value(0, column, labels.get(c.field()) + (c.required() ? "*" : ""));
                sheet.style(0, column).bold().set();
                sheet.width(column, 18);
                if (column < example.size() && !example.get(column).isEmpty()) {
                    sheet.value(1, column, example.get(column));
                }
                column++;
            }
            Worksheet values = workbook.newWorksheet(messages.getMessage("imports.template.allowed", null, locale));
            for (int i = 0; i < allowed.size(); i++) {
                var list = allowed.get(i);
                values.value(0, i, labels.getOrDefault(list.field(), list.field()));
                values.style(0, i).bold().set();
                values.width(i, 28);
                for (int j = 0; j < list.values().size(); j++) {
                    values.value(j + 1, i, list.values().get(j));
                }
            }
            Worksheet notes = workbook.newWorksheet(messages.getMessage("imports.template.notes", null, locale));
            int line = 0;
            for (String key : List.of("imports.template.note.required", "imports.template.note.example",
                    "imports.template.note.formats", "imports.template.note.again",
                    "imports.template.note." + importer.kind().path())) {
                notes.value(line++, 0, messages.getMessage(key, null, locale));
            }
            notes.width(0, 120);
            workbook.finish();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

}
