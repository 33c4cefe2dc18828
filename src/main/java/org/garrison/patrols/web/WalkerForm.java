package org.garrison.patrols.web;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * Who walks a schedule as entered: a post of the route's site (whoever holds it), or the user name of a
 * guard, or neither (whoever is on duty at the site).
 */
@Schema(description = "Who walks a schedule: postId (a post of the route's site), or guard (a user name), or neither")
record WalkerForm(@Schema(example = "3") @Nullable Long postId, @Schema(example = "guard") @Size(max = 100) @Nullable String guard) {

    boolean namesGuard() {
        return guard != null && !guard.isBlank();
    }

}
