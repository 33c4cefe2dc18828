package org.garrison.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The sign-in HR creates for an employee ("创建登录账号"): a user name and an initial password; the user name
 * rules and the password policy are those of the administrator's user form.
 */
record AccountForm(@Schema(example = "guard.zhang") @NotBlank @Size(max = 50) String username,
        @Schema(example = "Xk9#mPq2vL7r") @NotBlank @Size(max = 200) String password) {

    static AccountForm blank() {
        return new AccountForm("", "");
    }

}
