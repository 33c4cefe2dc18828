package org.garrison.duty.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.duty.internal.Supervision;
import org.garrison.duty.internal.SupervisionArea;
import org.garrison.duty.internal.SupervisionMethod;
import org.garrison.duty.internal.SupervisionPlan;
import org.garrison.duty.internal.SupervisionProgress;
import org.garrison.duty.internal.SupervisionReport;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Supervision plans and reports (监督计划, 监督报告; RULES B.1 S10/S11), the same service as their pages. */
@RestController
@RequestMapping("/api/v1/duty/supervision-plans")
@Tag(name = "Duty books")
class SupervisionApiController {

    private final Supervision supervision;

    SupervisionApiController(Supervision supervision) {
        this.supervision = supervision;
    }

    /** A plan with how far it has come and, on its own page, its reports. */
    record PlanView(long id, @Nullable Long branchId, String title, LocalDate firstDay, LocalDate lastDay, String goal,
            Set<SupervisionArea> areas, Set<SupervisionMethod> methods, int everyDays, String members, String createdBy,
            Instant createdAt, SupervisionProgress progress, List<ReportView> reports) {

        static PlanView of(SupervisionPlan p, SupervisionProgress progress, List<SupervisionReport> reports) {
            return new PlanView(p.getId(), p.getBranchId(), p.getTitle(), p.getFirstDay(), p.getLastDay(), p.getGoal(),
                    p.getAreas(), p.getMethods(), p.getEveryDays(), p.getMembers(), p.getCreatedBy(), p.getCreatedAt(),
                    progress, reports.stream().map(ReportView::of).toList());
        }

    }

    /** A report with the post-check book's figures for its days as they stood when it was submitted. */
    record ReportView(long id, LocalDate firstDay, LocalDate lastDay, String results, @Nullable String problems,
            @Nullable String improvements, int checksPlanned, int checksDone, int checksWithFindings, String submittedBy,
            Instant submittedAt) {

        static ReportView of(SupervisionReport r) {
            return new ReportView(r.getId(), r.getFirstDay(), r.getLastDay(), r.getResults(), r.getProblems(),
                    r.getImprovements(), r.getChecksPlanned(), r.getChecksDone(), r.getChecksWithFindings(),
                    r.getSubmittedBy(), r.getSubmittedAt());
        }

    }

    @GetMapping
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    @Operation(summary = "One page of the supervision plans in scope, the latest period first, with their progress",
            description = "The whole department's plans and those of the branches the caller's scope reaches; progress "
                    + "counts the supervision checks of the post-check book (not team leaders' own) at the plan's sites "
                    + "against one planned every everyDays days. Reports are listed on a plan's own answer.")
    PageResponse<PlanView> plans(@Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "plans per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(supervision.list(CurrentUser.require().scope(), PageResponse.request(page, size)),
                row -> PlanView.of(row.plan(), row.progress(), List.of()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    @Operation(summary = "A supervision plan with its progress and reports, newest first",
            description = "404 when unknown or out of scope.")
    PlanView plan(@PathVariable long id) {
        var card = supervision.card(CurrentUser.require().scope(), id);
        return PlanView.of(card.plan(), card.progress(), card.reports());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('DUTY_SUPERVISE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a supervision plan",
            description = "Without branchId the plan is the whole department's (company-wide callers only). 422 for a "
                    + "branch outside the caller's scope, a period ending before it starts or longer than 366 days, no "
                    + "area or method, everyDays outside 1–31.")
    PlanView create(@Valid @RequestBody SupervisionPlanForm body) {
        return plan(supervision.plan(CurrentUser.require(), body.plan()));
    }

    @PostMapping("/{id}/reports")
    @PreAuthorize("hasAuthority('DUTY_SUPERVISE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit a supervision report on a plan",
            description = "The report's days lie inside the plan's period and start no later than today; it keeps the "
                    + "post-check book's figures for them as they stand now. 404 when the plan is unknown or out of "
                    + "scope, 422 for days outside the plan.")
    PlanView report(@PathVariable long id, @Valid @RequestBody SupervisionReportForm body) {
        supervision.report(CurrentUser.require(), id, Objects.requireNonNull(body.firstDay()),
                Objects.requireNonNull(body.lastDay()), body.results(), body.problems(), body.improvements());
        return plan(id);
    }

}
