package org.garrison.duty.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.duty.CheckFinding;
import org.garrison.duty.DutyManagement;
import org.garrison.duty.internal.CheckKind;
import org.garrison.duty.internal.PostChecks;
import org.garrison.duty.internal.PostChecks.CheckRow;
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

/** The post-check book (查岗记录簿) and inspections (督察 明查暗访), and their findings for appraisal. */
@RestController
@RequestMapping("/api/v1/duty/checks")
@Tag(name = "Duty books")
class PostCheckApiController {

    private final PostChecks checks;

    private final DutyManagement duty;

    PostCheckApiController(PostChecks checks, DutyManagement duty) {
        this.checks = checks;
        this.duty = duty;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    @Operation(summary = "One page of the post checks in scope, newest first",
            description = "Filters: siteId, kind. Unpublished covert inspections only for those who may see them.")
    PageResponse<CheckRow> list(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable CheckKind kind,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "checks per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(checks.list(CurrentUser.require(), siteId, kind, PageResponse.request(page, size)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    @Operation(summary = "A post check", description = "404 when unknown, outside the scope, or covert and unpublished "
            + "for a caller who may not see it.")
    CheckRow check(@PathVariable long id) {
        return checks.card(CurrentUser.require(), id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('DUTY_CHECK')")
    @Operation(summary = "Record a post check or inspection", description = "The checker's role comes from his roles. "
            + "A proposed penalty item becomes a violation draft of the guard (a covert inspection's once published). 422 "
            + "for a site outside the scope, a covert inspection without the permission, a guard not at the site, a "
            + "finding without a rectification day, or a proposal without a guard.")
    ResponseEntity<CheckRow> record(@Valid @RequestBody CheckForm body) {
        var user = CurrentUser.require();
        long id = checks.record(user, body.draft());
        var location = UriComponentsBuilder.fromPath("/api/v1/duty/checks/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(checks.card(user, id));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAuthority('DUTY_COVERT')")
    @Operation(summary = "Publish a covert inspection", description = "422 when it is published already.")
    CheckRow publish(@PathVariable long id) {
        var user = CurrentUser.require();
        checks.publish(user, id);
        return checks.card(user, id);
    }

    @GetMapping("/findings")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    @Operation(summary = "Published checks with a finding in a period (for appraisal)",
            description = "from and to are days in the business zone, both inclusive.")
    List<CheckFinding> findings(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return duty.postCheckFindings(CurrentUser.require().scope(), from, to);
    }

}
