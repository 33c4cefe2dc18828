package org.garrison.contracts.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.contracts.internal.Contract.SignedTerms;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The signed contract's terms; the signed file comes as the multipart part {@code file}. */
record SignForm(@NotNull(message = "{contract.chooseVersion}") @Nullable Integer version,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate starts,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate ends,
        @NotNull @Nullable BigDecimal amount, @NotBlank @Size(max = 8000) @Nullable String rightsObligations,
        @NotNull(message = "{contract.chooseBranch}") @Nullable Long branchId) {

    static SignForm blank(@Nullable Integer version, @Nullable LocalDate starts, @Nullable LocalDate ends,
            @Nullable BigDecimal amount) {
        return new SignForm(version, starts, ends, amount, "", null);
    }

    SignedTerms terms() {
        return new SignedTerms(Objects.requireNonNull(starts), Objects.requireNonNull(ends), Objects.requireNonNull(amount),
                Objects.requireNonNull(rightsObligations));
    }

}
