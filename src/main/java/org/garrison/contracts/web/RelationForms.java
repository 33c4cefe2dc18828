package org.garrison.contracts.web;

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

    record VisitPlan(@NotBlank @Size(max = 500) @Nullable String purpose, @NotBlank @Size(max = 200) @Nullable String visitee,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate plannedOn) {
    }

    record VisitRecord(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate visitedOn,
            @NotBlank @Size(max = 500) @Nullable String peopleMet, @NotBlank @Size(max = 4000) @Nullable String discussed,
            @Size(max = 4000) @Nullable String opinions) {
    }

    record VisitReport(@NotBlank @Size(max = 8000) @Nullable String report) {
    }

    record CommitmentEntry(@NotBlank @Size(max = 1000) @Nullable String what, @NotBlank @Size(max = 100) @Nullable String owner,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate due) {
    }

    record Kept(@NotBlank @Size(max = 1000) @Nullable String note) {
    }

    record ReturnVisitPlan(@NotNull @Nullable Method method,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate scheduledOn,
            @Min(1) @Max(12) @Nullable Integer repeatMonths) {
    }

    record ReturnVisitOutcome(@NotBlank @Size(max = 2000) @Nullable String outcome, boolean satisfied) {
    }

    record PortalAccount(@NotBlank @Size(max = 50) @Nullable String username,
            @NotBlank @Size(max = 100) @Nullable String password) {
    }

    record MeetingEntry(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
            @NotBlank @Size(max = 300) @Nullable String topic, @NotBlank @Size(max = 1000) @Nullable String attendees,
            @NotBlank @Size(max = 8000) @Nullable String minutes) {
    }

}
