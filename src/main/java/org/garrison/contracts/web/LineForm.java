package org.garrison.contracts.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.Size;

import org.garrison.contracts.ServiceKind;
import org.garrison.contracts.internal.ServiceLine;
import org.garrison.contracts.internal.ServiceLine.Terms;
import org.jspecify.annotations.Nullable;

/** One row of the proposal form; a row without a kind is left out. */
record LineForm(@Nullable ServiceKind kind, @Size(max = 20) @Nullable String siteCode,
        @Size(max = 200) @Nullable String siteName, @Size(max = 100) @Nullable String postName,
        @Nullable Integer headcount, @Nullable Integer shiftsPerDay, @Nullable Integer minHeightCm,
        @Size(max = 500) @Nullable String requirements, @Size(max = 100) @Nullable String frequency,
        @Nullable Integer patrolsPerDay, @Nullable Integer responseMinutes, @Nullable Integer emergencyMinutes,
        @Nullable Integer resolutionMinutes, @Nullable Integer satisfactionPct, @Nullable BigDecimal monthlyFee) {

    static LineForm blank() {
        return new LineForm(null, "", "", "", null, null, null, "", "", null, null, null, null, null, null);
    }

    static LineForm of(ServiceLine line) {
        var t = line.terms();
        return new LineForm(t.kind(), t.siteCode(), t.siteName(), t.postName(), t.headcount(), t.shiftsPerDay(),
                t.minHeightCm(), t.requirements(), t.frequency(), t.patrolsPerDay(), t.responseMinutes(),
                t.emergencyMinutes(), t.resolutionMinutes(), t.satisfactionPct(), t.monthlyFee());
    }

    boolean isUsed() {
        return kind != null;
    }

    Terms terms() {
        return new Terms(java.util.Objects.requireNonNull(kind), siteCode, siteName, postName, headcount, shiftsPerDay,
                minHeightCm, requirements, frequency, patrolsPerDay, responseMinutes, emergencyMinutes,
                resolutionMinutes, satisfactionPct, monthlyFee);
    }

}
