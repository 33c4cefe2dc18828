package org.garrison.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** An existing sign-in, by user name, that HR links to an employee record. */
record LinkAccountForm(@Schema(example = "guard.zhang") @NotBlank @Size(max = 50) String username) {

    static LinkAccountForm blank() {
        return new LinkAccountForm("");
    }

}
