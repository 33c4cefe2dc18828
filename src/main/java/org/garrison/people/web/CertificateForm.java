package org.garrison.people.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.people.internal.CertificateKind;
import org.garrison.people.internal.Views.CertificateDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A certificate to add: kind, number, issue date and optional expiry. */
record CertificateForm(@NotNull CertificateKind kind, @NotBlank @Size(max = 60) String number,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn, @Nullable Boolean required) {

    static CertificateForm blank() {
        return new CertificateForm(CertificateKind.GUARD_LICENCE, "", null, null, true);
    }

    CertificateDetails details() {
        return new CertificateDetails(kind, number, issuedOn, expiresOn, Boolean.TRUE.equals(required));
    }

}
