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

    /** Public so that the page can show this rule's message under the form (Spring reads only public properties). */
    @AssertTrue(message = "{password.repeatMismatch}")
    public boolean isRepeated() {
        return newPassword == null || newPassword.equals(repeat);
    }

}
