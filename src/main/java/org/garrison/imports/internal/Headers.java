package org.garrison.imports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.garrison.shared.DomainException;
import org.springframework.context.MessageSource;

/**
 * Finds an importer's columns among a file's header cells: by their Chinese or English label (as the template
 * has them), ignoring case, blanks and the asterisk that marks a required column; in any order, other columns
 * ignored. A file without every required column is refused as a whole, naming the missing ones.
 */
final class Headers {

    private Headers() {
    }

    /** Each column's label in the user's language, in the importer's order. */
    static Map<String, String> labels(List<Column> columns, MessageSource messages, Locale locale) {
        var labels = new LinkedHashMap<String, String>();
        columns.forEach(c -> labels.put(c.field(), messages.getMessage(c.labelKey(), null, c.field(), locale)));
        return labels;
    }

    /** Where each column is (field → index of the header cell); a column the file lacks is left out. */
    static Map<String, Integer> locate(List<String> headers, List<Column> columns, MessageSource messages, Locale locale) {
        var wanted = new HashMap<String, String>();
        for (Column column : columns) {
            for (Locale language : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                wanted.putIfAbsent(normalise(messages.getMessage(column.labelKey(), null, column.field(), language)),
                        column.field());
            }
            wanted.putIfAbsent(normalise(column.field()), column.field());
        }
        var found = new HashMap<String, Integer>();
        for (int i = 0; i < headers.size(); i++) {
            String field = wanted.get(normalise(headers.get(i)));
            if (field != null) {
                found.putIfAbsent(field, i);
            }
        }
        if (headers.stream().allMatch(String::isBlank)) {
            throw new DomainException("imports.error.noHeader");
        }
        var labels = labels(columns, messages, locale);
        var missing = new ArrayList<String>();
        columns.stream().filter(c -> c.required() && !found.containsKey(c.field())).forEach(c -> missing.add(labels.get(c.field())));
        if (!missing.isEmpty()) {
            throw new DomainException("imports.error.missingColumns", String.join(messages.getMessage("imports.listSeparator",
                    null, ", ", locale), missing));
        }
        return found;
    }

    static String normalise(String header) {
        return header.replace("*", "").replace("＊", "").replaceAll("[\\s\\u3000]", "").toLowerCase(Locale.ROOT);
    }

}
