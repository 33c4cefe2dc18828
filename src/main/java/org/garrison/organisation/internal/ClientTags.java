package org.garrison.organisation.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;

import org.jspecify.annotations.Nullable;

/** How client tags and phone numbers are kept comparable: tags trimmed and unique, phones as digits only. */
public final class ClientTags {

    private ClientTags() {
    }

    /** {@code " 银行, VIP,银行 "} becomes {@code "银行,VIP"}; nothing becomes {@code null}. */
    public static @Nullable String normalise(@Nullable String tagList) {
        if (tagList == null) {
            return null;
        }
        var tags = new LinkedHashSet<String>();
        Arrays.stream(tagList.split("[,，;；]")).map(String::strip).filter(t -> !t.isEmpty()).forEach(tags::add);
        return tags.isEmpty() ? null : String.join(",", tags);
    }

    /** The digits of a phone number (ignoring spaces, dashes, parentheses, a leading +86), or {@code null}. */
    public static @Nullable String digits(@Nullable String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (phone.strip().startsWith("+86") && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        return digits.isEmpty() ? null : digits;
    }

}
