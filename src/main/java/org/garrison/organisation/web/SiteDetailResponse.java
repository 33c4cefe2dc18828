package org.garrison.organisation.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.organisation.internal.OrgDirectory.SiteWithPosts;
import org.jspecify.annotations.Nullable;

@Schema(description = "A site or station (驻点) with its posts")
record SiteDetailResponse(long id, @Schema(example = "S101") String code,
        @Schema(example = "鹏城银行福田支行") String name, @Nullable String address, boolean active, long branchId,
        String branchName, @Nullable Long clientId, @Nullable String clientName, List<PostResponse> posts) {

    static SiteDetailResponse of(SiteWithPosts card) {
        var site = card.site();
        return new SiteDetailResponse(site.id(), site.code(), site.name(), site.address(), site.active(),
                site.branchId(), site.branchName(), site.clientId(), site.clientName(),
                card.posts().stream().map(PostResponse::of).toList());
    }

}
