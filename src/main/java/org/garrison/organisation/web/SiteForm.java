package org.garrison.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.garrison.organisation.internal.OrgDirectory.SiteRow;
import org.garrison.organisation.internal.OrgStructure.SiteDetails;
import org.jspecify.annotations.Nullable;

/** A site (驻点) as its form edits it; the client is optional (a site may await its contract). */
record SiteForm(@NotNull(message = "{org.choose}") @Nullable Long branchId, @Nullable Long clientId,
        @NotBlank @Size(max = 20) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
        @NotBlank @Size(max = 200) String name, @Size(max = 300) @Nullable String address, @Nullable Boolean active) {

    static SiteForm blank(@Nullable Long branchId, @Nullable Long clientId) {
        return new SiteForm(branchId, clientId, "", "", "", true);
    }

    static SiteForm of(SiteRow site) {
        return new SiteForm(site.branchId(), site.clientId(), site.code(), site.name(), site.address(), site.active());
    }

    /** Only called once validation passed, so the branch is present. */
    SiteDetails details() {
        return new SiteDetails(java.util.Objects.requireNonNull(branchId), clientId, code, name, address);
    }

    /** Create forms have no checkbox: an absent value means active. */
    public boolean isActive() {
        return active == null || active;
    }

}
