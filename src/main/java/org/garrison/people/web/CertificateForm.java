package org.garrison.people.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.people.internal.CertificateKind;
import org.garrison.people.internal.Views.CertificateDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A certificate to add: kind, number, issue date and optional expiry. */
record CertificateForm(@Schema(example = "GUARD_LICENCE") @NotNull CertificateKind kind,
        @Schema(example = "粤保20240065") @NotBlank @Size(max = 60) String number,
        @Schema(example = "2024-03-01") @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
        @Schema(example = "2027-02-28") @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
        @Schema(example = "true") @Nullable Boolean required) {

    static CertificateForm blank() {
        return new CertificateForm(CertificateKind.GUARD_LICENCE, "", null, null, true);
    }

    CertificateDetails details() {
        return new CertificateDetails(kind, number, issuedOn, expiresOn, Boolean.TRUE.equals(required));
    }

}
