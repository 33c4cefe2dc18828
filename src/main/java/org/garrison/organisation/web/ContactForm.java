package org.garrison.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A client's contact (联系人) with their role. */
record ContactForm(@NotBlank @Size(max = 100) @Nullable String name, @NotBlank @Size(max = 100) @Nullable String role,
        @Size(max = 30) @Pattern(regexp = Phones.PATTERN, message = Phones.MESSAGE) @Nullable String phone,
        @Email @Size(max = 200) @Nullable String email) {

    static ContactForm empty() {
        return new ContactForm("", "", "", "");
    }

}
