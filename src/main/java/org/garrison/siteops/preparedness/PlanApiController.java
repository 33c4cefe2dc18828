package org.garrison.siteops.preparedness;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.garrison.shared.Texts;
import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.preparedness.PreparednessApiViews.PlanResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageImpl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Emergency plans (应急预案): read, written, submitted and decided (by someone other than the author) as on the plan pages. */
@RestController
@RequestMapping("/api/v1/siteops/plans")
@Tag(name = "Preparedness", description = "Emergency plans, drills, emergency resources and incident responses in the caller's data scope")
class PlanApiController {

    private final EmergencyPlans plans;

    private final OrganisationManagement organisation;

    PlanApiController(EmergencyPlans plans, OrganisationManagement organisation) {
        this.plans = plans;
        this.organisation = organisation;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "Emergency plans by site, incident type and title, page by page",
            description = "Filters: siteId, type, status.")
    PageResponse<PlanResponse> list(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable IncidentType type,
            @RequestParam(required = false) EmergencyPlan.@Nullable Status status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var found = plans.page(CurrentUser.require().scope(), siteId, type, status, PageResponse.request(page, size));
        return PageResponse.of(new PageImpl<>(views(found.getContent()), found.getPageable(), found.getTotalElements()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "One emergency plan", description = "404 when unknown or outside the caller's scope.")
    PlanResponse plan(@PathVariable long id) {
        return view(plans.get(CurrentUser.require().scope(), id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    @Operation(summary = "Write an emergency plan (a draft)",
            description = "404 for a site outside the scope; 422 when a phase has no step.")
    ResponseEntity<PlanResponse> create(@Valid @RequestBody PlanForm body) {
        var created = plans.create(CurrentUser.require(), Objects.requireNonNull(body.siteId()), body.content());
        var location = UriComponentsBuilder.fromPath("/api/v1/siteops/plans/{id}")
            .buildAndExpand(created.getId()).toUri();
        return ResponseEntity.created(location).body(view(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    @Operation(summary = "Change a plan's content", description = "Its site stays. 422 when the plan may not be changed now.")
    PlanResponse change(@PathVariable long id, @Valid @RequestBody PlanForm body) {
        var user = CurrentUser.require();
        plans.change(user, id, body.content());
        return view(plans.get(user.scope(), id));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    @Operation(summary = "Submit a plan for approval", description = "422 when it is not a draft or rejected plan.")
    PlanResponse submit(@PathVariable long id) {
        var user = CurrentUser.require();
        plans.submit(user, id);
        return view(plans.get(user.scope(), id));
    }

    @PostMapping("/{id}/decide")
    @PreAuthorize("hasAuthority('SITEOPS_PLAN_APPROVE')")
    @Operation(summary = "Approve or send back a submitted plan",
            description = "approved true approves; otherwise it is sent back and needs a note. 422 when the plan is not "
                    + "submitted or the caller wrote it.")
    PlanResponse decide(@PathVariable long id, @Valid @RequestBody DecisionForm body) {
        var user = CurrentUser.require();
        plans.decide(user, id, body.isApproval(), Texts.blankToNull(body.note()));
        return view(plans.get(user.scope(), id));
    }

    private PlanResponse view(EmergencyPlan plan) {
        return views(List.of(plan)).get(0);
    }

    private List<PlanResponse> views(List<EmergencyPlan> found) {
        var names = organisation.siteNamesById(found.stream().map(EmergencyPlan::getSiteId).toList());
        return found.stream().map(p -> PlanResponse.of(p, names)).toList();
    }

}
