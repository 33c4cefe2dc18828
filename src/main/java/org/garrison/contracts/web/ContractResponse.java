package org.garrison.contracts.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.garrison.contracts.internal.Contract;
import org.jspecify.annotations.Nullable;

/** A contract as the API shows it. */
record ContractResponse(long id, String number, long clientId, String title, String status, @Nullable LocalDate starts,
        @Nullable LocalDate ends, @Nullable BigDecimal amount, @Nullable Integer signedVersion) {

    static ContractResponse of(Contract c) {
        return new ContractResponse(c.getId(), c.getNumber(), c.getClientId(), c.getTitle(), c.getStatus().name(),
                c.getStarts(), c.getEnds(), c.getAmount(), c.getSignedVersion());
    }

}
