package org.garrison.notifications.internal;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Renders alert texts in a reader's language, and keeps message arguments as JSON. */
@Component
public class Texts {

    private static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String subject(String subjectKey, String argsJson, Locale locale) {
        return subject(subjectKey, args(argsJson), locale);
    }

    String subject(String subjectKey, List<String> args, Locale locale) {
        return messages.getMessage(subjectKey, args.stream().map(arg -> argument(arg, locale)).toArray(), subjectKey,
                locale);
    }

    /**
     * An argument as the reader sees it: each of its parts between slashes that is written {@code #key} is the
     * message {@code key} in the reader's language (a code the publishing module names, e.g.
     * {@code #sla.itemType.WORK_ORDER}, or {@code #sla.category.GENERAL/#sla.category.RETURN_VISIT}); the rest as
     * written.
     */
    private String argument(String arg, Locale locale) {
        if (arg.indexOf('#') < 0) {
            return arg;
        }
        var parts = arg.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].length() > 1 && parts[i].charAt(0) == '#') {
                String key = parts[i].substring(1);
                parts[i] = messages.getMessage(key, null, key, locale);
            }
        }
        return String.join("/", parts);
    }

    public String kind(String kind, Locale locale) {
        return messages.getMessage(Kinds.messageKey(kind), null, kind, locale);
    }

    static String argsJson(List<String> args) {
        return JSON.writeValueAsString(args);
    }

    static List<String> args(String argsJson) {
        return JSON.readValue(argsJson, new TypeReference<List<String>>() {
        });
    }

    static Locale locale(@Nullable String preferredLocale) {
        return preferredLocale == null || preferredLocale.isBlank() ? DEFAULT : Locale.forLanguageTag(preferredLocale);
    }

}
