package org.garrison.servicedesk.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A whistle-blowing report over the API. There is no name: a named report carries the caller's account, an anonymous
 * one nothing about the caller.
 */
record WhistleRequest(@Nullable Boolean anonymous, @Size(max = 100) @Nullable String contact,
        @NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 4000) String details,
        @Size(max = 200) @Nullable String place) {

    boolean isAnonymous() {
        return Boolean.TRUE.equals(anonymous);
    }

}
