package org.garrison.identity.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An administrator sets a new password for a user (typed twice). */
record PasswordResetForm(@NotBlank @Size(max = 200) String newPassword, @NotBlank String repeat) {

    static PasswordResetForm empty() {
        return new PasswordResetForm("", "");
    }

    /** Public so that the page can show this rule's message under the form (Spring reads only public properties). */
    @AssertTrue(message = "{password.repeatMismatch}")
    public boolean isRepeated() {
        return newPassword == null || newPassword.equals(repeat);
    }

}
