package org.garrison.organisation.web;

import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.organisation.internal.Client;
import org.garrison.organisation.internal.ClientStatus;
import org.jspecify.annotations.Nullable;

@Schema(description = "A client record (客户信息)")
record ClientResponse(long id, @Schema(example = "鹏城银行深圳分行") String name, @Nullable String industry,
        @Nullable String address, @Nullable String phone, ClientStatus status, @Nullable String notes) {

    static ClientResponse of(Client client) {
        return new ClientResponse(client.getId(), client.getName(), client.getIndustry(), client.getAddress(),
                client.getPhone(), client.getStatus(), client.getNotes());
    }

}
