package org.garrison.organisation.web;

import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.organisation.internal.Post;
import org.garrison.organisation.internal.PostKind;

@Schema(description = "A post (岗位) at a site")
record PostResponse(long id, @Schema(example = "大门岗") String name, PostKind kind, boolean active) {

    static PostResponse of(Post post) {
        return new PostResponse(post.getId(), post.getName(), post.getKind(), post.isActive());
    }

}
