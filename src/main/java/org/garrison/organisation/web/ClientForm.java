package org.garrison.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.garrison.organisation.internal.Client;
import org.garrison.organisation.internal.ClientStatus;
import org.garrison.organisation.internal.Clients.ClientDetails;
import org.jspecify.annotations.Nullable;

/** A client record (客户信息) as its form edits it. */
record ClientForm(@NotBlank @Size(max = 200) String name, @Size(max = 100) @Nullable String industry,
        @Size(max = 300) @Nullable String address,
        @Size(max = 30) @Pattern(regexp = Phones.PATTERN, message = Phones.MESSAGE) @Nullable String phone,
        @NotNull(message = "{org.choose}") @Nullable ClientStatus status, @Size(max = 2000) @Nullable String notes,
        @Size(max = 500) @Nullable String tags) {

    static ClientForm blank() {
        return new ClientForm("", "", "", "", ClientStatus.PROSPECT, "", "");
    }

    static ClientForm of(Client client) {
        return new ClientForm(client.getName(), client.getIndustry(), client.getAddress(), client.getPhone(),
                client.getStatus(), client.getNotes(), client.getTags());
    }

    /** Only called once validation passed, so the status is present. */
    ClientDetails details() {
        return new ClientDetails(name, industry, address, phone, java.util.Objects.requireNonNull(status), notes, tags);
    }

}
