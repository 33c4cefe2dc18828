package org.garrison.duty.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.duty.PenaltyItem;
import org.garrison.duty.ViolationDraft;
import org.garrison.duty.ViolationSource;
import org.garrison.people.EmployeeId;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

/** A violation draft raised through the API, e.g. by a clock-in terminal's system. */
@Schema(example = "{\"employeeId\": 7, \"siteId\": 11, \"occurredAt\": \"2026-12-07T00:20:00Z\", \"item\": \"LATE_OR_EARLY\", "
        + "\"source\": \"ATTENDANCE\", \"note\": \"迟到 20 分钟，岗位空岗\", \"evidenceLink\": null, \"sourceKey\": \"clock:8812\"}")
record ViolationRequest(@NotNull @Nullable Long employeeId, @NotNull @Nullable Long siteId, @NotNull @Nullable Instant occurredAt,
        @NotNull @Nullable PenaltyItem item, @NotNull @Nullable ViolationSource source, @NotBlank @Size(max = 1000) String note,
        @Size(max = 300) @Nullable String evidenceLink, @Size(max = 100) @Nullable String sourceKey) {

    ViolationDraft draft() {
        return new ViolationDraft(new EmployeeId(Objects.requireNonNull(employeeId)), new SiteId(Objects.requireNonNull(siteId)),
                Objects.requireNonNull(occurredAt), Objects.requireNonNull(item), Objects.requireNonNull(source), note,
                evidenceLink, sourceKey);
    }

}
