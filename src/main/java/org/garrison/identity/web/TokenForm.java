package org.garrison.identity.web;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Names a new API token (for example the device or script that will use it). */
record TokenForm(@Size(max = 100) @Nullable String name) {

    static TokenForm empty() {
        return new TokenForm("");
    }

    String nameOrDefault() {
        return name == null ? "" : name;
    }

}
