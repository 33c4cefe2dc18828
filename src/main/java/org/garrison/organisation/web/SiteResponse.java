package org.garrison.organisation.web;

import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.organisation.internal.OrgDirectory.SiteRow;
import org.jspecify.annotations.Nullable;

@Schema(description = "A site or station (驻点) with its branch and, when it has one, its client")
record SiteResponse(long id, @Schema(example = "S101") String code, @Schema(example = "鹏城银行福田支行") String name,
        @Nullable String address, boolean active, long branchId, String branchName, @Nullable Long clientId,
        @Nullable String clientName) {

    static SiteResponse of(SiteRow site) {
        return new SiteResponse(site.id(), site.code(), site.name(), site.address(), site.active(), site.branchId(),
                site.branchName(), site.clientId(), site.clientName());
    }

}
