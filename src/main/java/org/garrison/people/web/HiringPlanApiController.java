package org.garrison.people.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.people.internal.PeopleQueries;
import org.garrison.people.internal.Recruitment;
import org.garrison.people.web.TrainingViews.PlanView;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Hiring plans over REST, within the caller's data scope, as on the plans page. */
@RestController
@RequestMapping("/api/v1/people/hiring-plans")
@Tag(name = "Hiring plans", description = "How many guards a post of a site needs, by when (招聘计划)")
class HiringPlanApiController {

    private final PeopleQueries queries;

    private final Recruitment recruitment;

    HiringPlanApiController(PeopleQueries queries, Recruitment recruitment) {
        this.queries = queries;
        this.recruitment = recruitment;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('RECRUITMENT_MANAGE', 'ELIGIBILITY_OVERRIDE')")
    @Operation(summary = "List hiring plans", description = "Open ones first, the latest due day first, as on the "
            + "plans page; optionally of one site (siteId) or only open or closed ones (open).")
    PageResponse<PlanView> plans(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable Boolean open, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(queries.plans(CurrentUser.require().scope(), siteId, open, PageResponse.request(page, size)),
                PlanView::of);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    @Operation(summary = "Open a hiring plan", description = "For a post of a site in the "
            + "caller's scope. 400 with the invalid fields; 404 when the site is outside the caller's scope or the post "
            + "is not one of the site's; 422 when the post has an open plan already (one open plan per post: change "
            + "its headcount instead).")
    @ResponseStatus(HttpStatus.CREATED)
    PlanView open(@Valid @RequestBody PlanForm form) {
        return PlanView.of(recruitment.openPlan(CurrentUser.require().scope(), form.details(), null, null));
    }

}
