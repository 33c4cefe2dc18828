package org.garrison.approvals.web;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.garrison.approvals.SubmitApproval;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

/** A request submitted through the API for the caller (see {@link SubmitApproval}). */
record SubmitRequest(@NotBlank @Size(max = 40) String type, @NotBlank @Size(max = 300) String subject,
        @Nullable BigDecimal amount, @Nullable Set<@Size(max = 40) String> flags, @Nullable @Size(max = 300) String link,
        @Nullable Long siteId) {

    SubmitApproval submission() {
        return new SubmitApproval(type, subject, amount, flags == null ? Set.of() : flags, link, SiteId.ofNullable(siteId));
    }

}
