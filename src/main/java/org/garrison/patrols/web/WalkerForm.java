package org.garrison.patrols.web;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * Who walks a schedule as entered: a post of the route's site (whoever holds it), or the user name of a
 * guard, or neither (whoever is on duty at the site).
 */
record WalkerForm(@Nullable Long postId, @Size(max = 100) @Nullable String guard) {

    boolean namesGuard() {
        return guard != null && !guard.isBlank();
    }

}
