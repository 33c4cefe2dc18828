package org.garrison.duty.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.duty.internal.Supervision;
import org.garrison.duty.internal.SupervisionArea;
import org.garrison.duty.internal.SupervisionMethod;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A supervision plan (监督计划) of a branch, or of the whole department without one: its goal, what is checked, how,
 * how often (a supervision check every {@code everyDays} days) and who is in the supervision group.
 */
@Schema(example = "{\"branchId\": null, \"title\": \"2026年12月内部监督计划\", \"firstDay\": \"2026-12-01\", "
        + "\"lastDay\": \"2026-12-31\", \"goal\": \"年底安保期间工作纪律与服务质量不放松\", "
        + "\"areas\": [\"DISCIPLINE\", \"SERVICE_QUALITY\", \"EQUIPMENT\"], \"methods\": [\"ONSITE\", \"SPOT\", \"REMOTE\"], "
        + "\"everyDays\": 7, \"members\": \"总经理 王强；人防部 李经理；员工代表 赵磊\"}")
record SupervisionPlanForm(@Nullable Long branchId, @NotBlank @Size(max = 200) String title,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate firstDay,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate lastDay,
        @NotBlank @Size(max = 1000) String goal, @NotEmpty @Nullable Set<SupervisionArea> areas,
        @NotEmpty @Nullable Set<SupervisionMethod> methods, @NotNull @Min(1) @Max(31) @Nullable Integer everyDays,
        @NotBlank @Size(max = 1000) String members) {

    static SupervisionPlanForm blank(LocalDate today, @Nullable Long branchId) {
        return new SupervisionPlanForm(branchId, "", today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()),
                "", Set.of(SupervisionArea.values()), Set.of(SupervisionMethod.ONSITE, SupervisionMethod.SPOT), 7, "");
    }

    Supervision.NewPlan plan() {
        return new Supervision.NewPlan(branchId, title, Objects.requireNonNull(firstDay), Objects.requireNonNull(lastDay),
                goal, Objects.requireNonNull(areas), Objects.requireNonNull(methods), Objects.requireNonNull(everyDays),
                members);
    }

}
