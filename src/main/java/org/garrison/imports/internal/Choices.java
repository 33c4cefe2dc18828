package org.garrison.imports.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/** Enum values by their labels: a cell may hold the Chinese or English label or the code itself. */
final class Choices {

    private Choices() {
    }

    /** Normalised label (either language) or code → code; labels are {@code <prefix><code>}. */
    static Map<String, String> byLabel(MessageSource messages, String prefix, List<String> codes) {
        var map = new HashMap<String, String>();
        for (String code : codes) {
            map.putIfAbsent(Headers.normalise(code), code);
            for (Locale language : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                map.putIfAbsent(Headers.normalise(messages.getMessage(prefix + code, null, code, language)), code);
            }
        }
        return map;
    }

    /** The labels in the user's language, in code order. */
    static List<String> labels(MessageSource messages, String prefix, List<String> codes, Locale locale) {
        return codes.stream().map(code -> messages.getMessage(prefix + code, null, code, locale)).toList();
    }

}
