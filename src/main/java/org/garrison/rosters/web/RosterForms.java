package org.garrison.rosters.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the rosters pages and API, bound as records. */
final class RosterForms {

    private RosterForms() {
    }

    /** Propose a roster: a site or branch (or the company) and a period of at most 31 days. */
    record PlanForm(@NotNull ScopeLevel level, @Nullable Long ref,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay) {
    }

    /** A shift template of a set. */
    record TemplateForm(@NotBlank @Size(max = 40) String templateSet, @NotBlank @Size(max = 60) String name,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime endsAt, boolean crossesMidnight,
            @NotNull @Min(0) @Max(240) Integer breakMinutes) {
    }

    /** A post's local requirement. */
    record RequirementForm(@NotNull Long siteId, @NotNull @Min(0) @Max(20) Integer headcountPerShift,
            @NotBlank String templateSet, @Nullable @Min(140) @Max(210) Integer minHeightCm,
            @Nullable @Size(max = 300) String note) {
    }

    /** A guard for a shift; none leaves it uncovered. */
    record AssignForm(@Nullable Long employeeId) {
    }

    /** Publishing, with the reason needed when a guard has too little rest. */
    record PublishForm(@Nullable @Size(max = 500) String reason) {
    }

    /** 调班: hand a shift to another guard. */
    record SwapForm(@NotNull Long shiftId, @NotNull Long toEmployee, @NotBlank @Size(max = 500) String reason) {
    }

    /** 请假: days off. */
    record LeaveForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
            @NotBlank @Size(max = 500) String reason) {
    }

    /** A team leader's decision on a request. */
    record DecisionForm(boolean approve, @Nullable @Size(max = 500) String note) {
    }

}
