package org.garrison.duty.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.duty.PenaltyItem;
import org.garrison.duty.internal.CheckItem;
import org.garrison.duty.internal.CheckKind;
import org.garrison.duty.internal.PostChecks.CheckDraft;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A post check as written in the book: where, what kind, the guard found and whether at his post, the checklist
 * lines that failed, what was found, the day to put it right by and the penalty item proposed.
 */
@Schema(example = "{\"siteId\": 11, \"postId\": 21, \"kind\": \"SURPRISE\", \"guardId\": 7, \"guardPresent\": true, "
        + "\"failed\": [\"UNIFORM\"], \"findings\": \"未佩戴工作证\", \"rectifyBy\": \"2026-12-08\", \"proposedItem\": \"UNIFORM\"}")
record CheckForm(@NotNull @Nullable Long siteId, @Nullable Long postId, @NotNull @Nullable CheckKind kind,
        @Nullable Long guardId, @NotNull @Nullable Boolean guardPresent, @Nullable List<CheckItem> failed,
        @Size(max = 2000) @Nullable String findings,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate rectifyBy, @Nullable PenaltyItem proposedItem) {

    static CheckForm blank(@Nullable Long siteId) {
        return new CheckForm(siteId, null, CheckKind.ROUTINE, null, true, List.of(), "", null, null);
    }

    CheckDraft draft() {
        return new CheckDraft(Objects.requireNonNull(siteId), postId, Objects.requireNonNull(kind), guardId,
                Boolean.TRUE.equals(guardPresent), failed == null ? Set.of() : Set.copyOf(failed), findings, rectifyBy,
                proposedItem);
    }

}
