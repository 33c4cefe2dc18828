package org.garrison.servicedesk.web;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.garrison.servicedesk.internal.ComplaintCategory;
import org.garrison.servicedesk.internal.ComplaintChannel;
import org.garrison.servicedesk.internal.ComplaintDetails;
import org.jspecify.annotations.Nullable;

/**
 * The complaint register form (客户投诉登记表), also the API body for filing. {@code category} (general when
 * none is named), the claim, {@code channel} and {@code reasonable} matter only when customer service
 * registers; a client always files through the portal, unclassified until customer service accepts it.
 */
record ComplaintForm(@NotNull @Nullable Long siteId, @NotBlank @Size(max = 120) String clientName,
        @Size(max = 200) @Nullable String clientAddress,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[0-9+() -]*", message = "{servicedesk.phone.invalid}") String phone,
        @NotBlank @Size(max = 2000) String reason, @NotBlank @Size(max = 1000) String demand,
        @Nullable ComplaintCategory category, @NotBlank @Size(max = 30) String typeCode,
        @Nullable ComplaintChannel channel, @Size(max = 1000) @Nullable String remarks, @Size(max = 100) @Nullable String post,
        @Size(max = 300) @Nullable String peopleNamed,
        @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) @Nullable BigDecimal claimedAmount,
        @Size(max = 200) @Nullable String contractClause, @Nullable Boolean reasonable) {

    /** An unticked box is not sent at all: only a ticked one means reasonable. */
    public boolean judgedReasonable() {
        return Boolean.TRUE.equals(reasonable);
    }

    static ComplaintForm blank() {
        return new ComplaintForm(null, "", "", "", "", "", ComplaintCategory.GENERAL, "", ComplaintChannel.PHONE, "", "", "",
                null, "", true);
    }

    ComplaintForm prefilled(@Nullable Long site, String name, @Nullable String address, @Nullable String phoneNumber) {
        return new ComplaintForm(site, name, address, phoneNumber == null ? "" : phoneNumber, reason, demand, category,
                typeCode, channel, remarks, post, peopleNamed, claimedAmount, contractClause, reasonable);
    }

    /**
     * Only called once validation passed; without a channel the form came through the portal. Which channel
     * counts is {@code Intake}'s to say.
     */
    ComplaintDetails details() {
        return new ComplaintDetails(Objects.requireNonNull(siteId), clientName, clientAddress, phone, reason, demand,
                Objects.requireNonNullElse(category, ComplaintCategory.GENERAL), typeCode,
                Objects.requireNonNullElse(channel, ComplaintChannel.PORTAL), remarks, post, peopleNamed, claimedAmount, contractClause);
    }

}
