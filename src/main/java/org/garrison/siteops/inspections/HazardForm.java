package org.garrison.siteops.inspections;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.siteops.internal.Severity;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** A hazard found on site: where, what, how grave, who fixes it by when (empty: a week from today). */
@Schema(example = "{\"siteId\": 11, \"title\": \"消防通道堆放杂物\", \"description\": \"B1 消防通道堆放纸箱约 2 米\", \"severity\": \"MAJOR\", \"owner\": \"物业 王经理\", \"deadline\": \"2026-12-10\"}")
record HazardForm(@NotNull @Nullable Long siteId, @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 1000) String description, @NotNull @Nullable Severity severity,
        @Size(max = 100) @Nullable String owner, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline) {

    static HazardForm blank(@Nullable Long siteId) {
        return new HazardForm(siteId, "", "", Severity.MINOR, "", null);
    }

}
