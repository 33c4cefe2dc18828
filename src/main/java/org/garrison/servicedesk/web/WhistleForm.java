package org.garrison.servicedesk.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A whistle-blowing report (投诉举报监督卡). {@code website} is a field people never see: a form that fills it
 * was sent by a robot and is refused.
 */
record WhistleForm(@Nullable Boolean anonymous, @Size(max = 100) @Nullable String name, @Size(max = 100) @Nullable String contact,
        @NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 4000) String details,
        @Size(max = 200) @Nullable String place, @Size(max = 0) @Nullable String website) {

    /** An unticked box is not sent at all. */
    public boolean isAnonymous() {
        return Boolean.TRUE.equals(anonymous);
    }

    static WhistleForm blank(@Nullable String name) {
        return new WhistleForm(name == null, name, "", "", "", "", null);
    }

}
