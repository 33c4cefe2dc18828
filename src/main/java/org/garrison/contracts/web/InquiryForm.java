package org.garrison.contracts.web;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.contracts.internal.Contract.Inquiry;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A client's inquiry (需求) as customer service records it: what, where, for how long. */
record InquiryForm(@NotNull(message = "{contract.chooseClient}") @Nullable Long clientId,
        @NotBlank @Size(max = 200) @Nullable String title, @NotBlank @Size(max = 4000) @Nullable String needs,
        @Size(max = 1000) @Nullable String wantedSites,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate wantedFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate wantedTo) {

    static InquiryForm blank(@Nullable Long clientId) {
        return new InquiryForm(clientId, "", "", "", null, null);
    }

    /** Only called once validation passed. */
    Inquiry inquiry() {
        return new Inquiry(Objects.requireNonNull(title), Objects.requireNonNull(needs), wantedSites, wantedFrom, wantedTo);
    }

}
