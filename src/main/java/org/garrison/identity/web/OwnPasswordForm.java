package org.garrison.identity.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The signed-in user changes their password: the current one, and the new one typed twice. */
record OwnPasswordForm(@NotBlank String currentPassword, @NotBlank @Size(max = 200) String newPassword,
        @NotBlank String repeat) {

    static OwnPasswordForm empty() {
        return new OwnPasswordForm("", "", "");
    }

    @AssertTrue(message = "{password.repeatMismatch}")
    boolean isRepeated() {
        return newPassword == null || newPassword.equals(repeat);
    }

}
