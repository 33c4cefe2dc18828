package org.garrison.organisation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.garrison.organisation.internal.OrgStructure.SiteDetails;
import org.jspecify.annotations.Nullable;

@Schema(description = "A new site; the code is stored in upper case and must be unused")
record NewSiteRequest(@NotNull @Nullable Long branchId,
        @Schema(description = "optional owning client") @Nullable Long clientId,
        @Schema(example = "S301") @NotBlank @Size(max = 20)
        @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
        @Schema(example = "前海会展中心 1 号馆") @NotBlank @Size(max = 200) String name,
        @Size(max = 300) @Nullable String address) {

    /** Only called once validation passed, so the branch is present. */
    SiteDetails details() {
        return new SiteDetails(java.util.Objects.requireNonNull(branchId), clientId, code, name, address);
    }

}
