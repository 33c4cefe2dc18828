package org.garrison.duty.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A supervision report (监督报告) on a plan for the days {@code firstDay..lastDay}: the results of the supervision, the
 * problems found and the improvements proposed or made.
 */
@Schema(example = "{\"firstDay\": \"2026-12-01\", \"lastDay\": \"2026-12-07\", \"results\": \"现场检查 2 次，抽查 1 次，视频巡查 3 次\", "
        + "\"problems\": \"福田支行夜班岗亭卫生不达标\", \"improvements\": \"限期 12 月 10 日前整改，队长复查\"}")
record SupervisionReportForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate firstDay,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate lastDay,
        @NotBlank @Size(max = 2000) String results, @Size(max = 2000) @Nullable String problems,
        @Size(max = 2000) @Nullable String improvements) {

    static SupervisionReportForm blank(LocalDate first, LocalDate last) {
        return new SupervisionReportForm(first, last, "", "", "");
    }

}
