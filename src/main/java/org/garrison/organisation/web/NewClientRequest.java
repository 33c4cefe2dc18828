package org.garrison.organisation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.garrison.organisation.internal.ClientStatus;
import org.garrison.organisation.internal.Clients.ClientDetails;
import org.jspecify.annotations.Nullable;

@Schema(description = "A new client; the name must be unused (ignoring case)")
record NewClientRequest(@Schema(example = "福田商业中心") @NotBlank @Size(max = 200) String name,
        @Size(max = 100) @Nullable String industry, @Size(max = 300) @Nullable String address,
        @Size(max = 30) @Pattern(regexp = Phones.PATTERN, message = Phones.MESSAGE) @Nullable String phone,
        @NotNull @Nullable ClientStatus status, @Size(max = 2000) @Nullable String notes,
        @Schema(description = "comma-separated tags", example = "银行,VIP") @Size(max = 500) @Nullable String tags) {

    /** Only called once validation passed, so the status is present. */
    ClientDetails details() {
        return new ClientDetails(name, industry, address, phone, java.util.Objects.requireNonNull(status), notes, tags);
    }

}
