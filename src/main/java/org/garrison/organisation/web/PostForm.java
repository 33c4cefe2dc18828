package org.garrison.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.organisation.internal.Post;
import org.garrison.organisation.internal.PostKind;
import org.jspecify.annotations.Nullable;

/** A post (岗位) as its form edits it. */
record PostForm(@NotBlank @Size(max = 100) String name, @NotNull(message = "{org.choose}") @Nullable PostKind kind,
        @Nullable Boolean active) {

    static PostForm blank() {
        return new PostForm("", null, true);
    }

    static PostForm of(Post post) {
        return new PostForm(post.getName(), post.getKind(), post.isActive());
    }

    /** Only called once validation passed, so the kind is present. */
    PostKind requiredKind() {
        return java.util.Objects.requireNonNull(kind);
    }

    /** Create forms have no checkbox: an absent value means active. */
    public boolean isActive() {
        return active == null || active;
    }

}
