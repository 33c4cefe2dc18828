package org.garrison.siteops.inspections;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** A checklist inspected at a site every so many days, first on a day. */
@Schema(example = "{\"siteId\": 11, \"checklistId\": 2, \"everyDays\": 7, \"firstDue\": \"2026-12-08\"}")
record ScheduleForm(@NotNull @Nullable Long siteId, @NotNull @Nullable Long checklistId,
        @NotNull @Min(1) @Max(366) @Nullable Integer everyDays,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate firstDue) {

    static ScheduleForm blank(LocalDate today) {
        return new ScheduleForm(null, null, 7, today);
    }

}
