package org.garrison.contracts.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.contracts.internal.ReturnVisit.Method;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The small forms of client relations, each bound to a record. */
final class RelationForms {

    private RelationForms() {
    }

    record VisitPlan(@Schema(example = "季度服务回顾") @NotBlank @Size(max = 500) @Nullable String purpose,
            @Schema(example = "行政部 王经理") @NotBlank @Size(max = 200) @Nullable String visitee,
            @Schema(example = "2026-12-10") @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate plannedOn) {
    }

    record VisitRecord(@Schema(example = "2026-12-10") @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate visitedOn,
            @Schema(example = "王经理") @NotBlank @Size(max = 500) @Nullable String peopleMet,
            @Schema(example = "夜班岗位调整") @NotBlank @Size(max = 4000) @Nullable String discussed,
            @Schema(example = "希望增加一次夜巡") @Size(max = 4000) @Nullable String opinions) {
    }

    record VisitReport(@Schema(example = "客户对夜班巡逻总体满意，建议增加一次夜巡。") @NotBlank @Size(max = 8000) @Nullable String report) {
    }

    record CommitmentEntry(@Schema(example = "夜班增加一次巡逻") @NotBlank @Size(max = 1000) @Nullable String what,
            @Schema(example = "人防部 赵强") @NotBlank @Size(max = 100) @Nullable String owner,
            @Schema(example = "2026-12-20") @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate due) {
    }

    record Kept(@Schema(example = "已安排，12 月 15 日起执行") @NotBlank @Size(max = 1000) @Nullable String note) {
    }

    record ReturnVisitPlan(@Schema(example = "PHONE") @NotNull @Nullable Method method,
            @Schema(example = "2027-01-05") @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate scheduledOn,
            @Schema(example = "3") @Min(1) @Max(12) @Nullable Integer repeatMonths) {
    }

    record ReturnVisitOutcome(@Schema(example = "客户满意") @NotBlank @Size(max = 2000) @Nullable String outcome,
            @Schema(example = "true") boolean satisfied) {
    }

    record PortalAccount(@NotBlank @Size(max = 50) @Nullable String username,
            @NotBlank @Size(max = 100) @Nullable String password) {
    }

    record MeetingEntry(@Schema(example = "2026-12-03") @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
            @Schema(example = "年终服务沟通会") @NotBlank @Size(max = 300) @Nullable String topic,
            @Schema(example = "李娜, 赵强, 陈静") @NotBlank @Size(max = 1000) @Nullable String attendees,
            @Schema(example = "双方确认明年岗位调整方案。") @NotBlank @Size(max = 8000) @Nullable String minutes) {
    }

}
