package org.garrison.rosters.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Says a rule break in the reader's language: a message key with arguments, where an argument written
 * {@code #key|arg|arg} is itself a message (e.g. the on-duty gate's reason).
 */
@Component
class RosterTexts {

    private final MessageSource messages;

    RosterTexts(MessageSource messages) {
        this.messages = messages;
    }

    String say(String key, List<String> args) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] said = args.stream().map(a -> a.startsWith("#") ? nested(a.substring(1), locale) : a).toArray();
        return messages.getMessage(key, said, key, locale);
    }

    private String nested(String spec, Locale locale) {
        var parts = spec.split("\\|", -1);
        Object[] args = java.util.Arrays.stream(parts, 1, parts.length)
            .map(a -> a.startsWith("#") ? messages.getMessage(a.substring(1), null, a.substring(1), locale) : a)
            .toArray();
        return messages.getMessage(parts[0], args, parts[0], locale);
    }

}
