package org.garrison.duty.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.duty.ConfirmedViolation;
import org.garrison.duty.DutyManagement;
import org.garrison.duty.internal.Violation;
import org.garrison.duty.internal.Violations;
import org.garrison.duty.internal.Violations.ViolationRow;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The violation register (违纪记录), as its pages keep it, and the confirmed violations appraisal counts. */
@RestController
@RequestMapping("/api/v1/duty/violations")
@Tag(name = "Duty books", description = "Handover book, post checks and inspections, violations, dispatch meetings, "
        + "talk records, 四查/五防 check lists and reports at the sites of the caller's data scope")
class ViolationApiController {

    private final Violations violations;

    private final DutyManagement duty;

    ViolationApiController(Violations violations, DutyManagement duty) {
        this.violations = violations;
        this.duty = duty;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    @Operation(summary = "One page of the violations in scope, newest first", description = "Filters: state, siteId.")
    PageResponse<ViolationRow> list(@RequestParam(required = false) Violation.@Nullable State state,
            @RequestParam(required = false) @Nullable Long siteId,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "violations per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(violations.list(CurrentUser.require().scope(), state, siteId, PageResponse.request(page, size)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    @Operation(summary = "A violation", description = "404 when unknown or outside the caller's scope.")
    ViolationRow violation(@PathVariable long id) {
        return violations.card(CurrentUser.require().scope(), id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('DUTY_CHECK')")
    @Operation(summary = "Raise a violation draft", description = "The site's team leader is told; a team leader or "
            + "supervisor confirms or dismisses it. A sourceKey raised before answers the earlier draft. 422 for a site "
            + "outside the scope; 404 for an unknown employee.")
    ResponseEntity<ViolationRow> raise(@Valid @RequestBody ViolationRequest body) {
        var user = CurrentUser.require();
        long id = violations.raise(user, body.draft());
        var location = UriComponentsBuilder.fromPath("/api/v1/duty/violations/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(violations.card(user.scope(), id));
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize("hasAuthority('DUTY_DECIDE')")
    @Operation(summary = "Confirm a draft with a reason", description = "422 when it was decided already.")
    ViolationRow confirm(@PathVariable long id, @Valid @RequestBody NoteForm body) {
        var user = CurrentUser.require();
        violations.confirm(user, id, body.note());
        return violations.card(user.scope(), id);
    }

    @PostMapping("/{id}/dismiss")
    @PreAuthorize("hasAuthority('DUTY_DECIDE')")
    @Operation(summary = "Dismiss a draft with a reason", description = "422 when it was decided already.")
    ViolationRow dismiss(@PathVariable long id, @Valid @RequestBody NoteForm body) {
        var user = CurrentUser.require();
        violations.dismiss(user, id, body.note());
        return violations.card(user.scope(), id);
    }

    @GetMapping("/confirmed")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    @Operation(summary = "Confirmed violations of a period, with their rulebook item (for appraisal)",
            description = "from and to are days in the business zone, both inclusive; employeeId narrows to one employee.")
    List<ConfirmedViolation> confirmed(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Nullable Long employeeId) {
        return duty.confirmedViolations(CurrentUser.require().scope(), from, to)
            .stream()
            .filter(v -> employeeId == null || v.employee().value() == employeeId)
            .toList();
    }

}
