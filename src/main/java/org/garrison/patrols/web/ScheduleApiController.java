package org.garrison.patrols.web;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.patrols.internal.PatrolSchedules;
import org.garrison.patrols.internal.Schedule;
import org.garrison.patrols.internal.ScheduleWalkers;
import org.garrison.patrols.web.PatrolApiViews.ScheduleResponse;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;
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

/** Patrol schedules of the caller's sites, as the schedules page sets them up. */
@RestController
@RequestMapping("/api/v1/patrol/schedules")
@Tag(name = "Patrol setup")
class ScheduleApiController {

    private final PatrolSchedules schedules;

    private final ScheduleWalkers walkers;

    ScheduleApiController(PatrolSchedules schedules, ScheduleWalkers walkers) {
        this.schedules = schedules;
        this.walkers = walkers;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    @Operation(summary = "Schedules by site and start time, page by page", description = "Filters: siteId, routeId, active.")
    PageResponse<ScheduleResponse> list(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable Long routeId, @RequestParam(required = false) @Nullable Boolean active,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var found = schedules.list(CurrentUser.require().scope(), siteId, routeId, active, PageResponse.request(page, size));
        var names = walkers.usernames(found.getContent().stream().map(Schedule::getGuardUserId).filter(Objects::nonNull)
            .collect(Collectors.toSet()));
        return PageResponse.of(found, s -> ScheduleResponse.of(s, guardName(s, names)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    @Operation(summary = "One schedule", description = "404 when unknown or outside the caller's scope.")
    ScheduleResponse schedule(@PathVariable long id) {
        return view(schedules.get(CurrentUser.require().scope(), id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    @Operation(summary = "Schedule a route",
            description = "422 for a retired route, a tolerance not below the interval, a post of another site, a post "
                    + "together with a guard, or an unknown guard.")
    ResponseEntity<ScheduleResponse> create(@Valid @RequestBody ScheduleForm body) {
        var created = schedules.create(CurrentUser.require().scope(), Objects.requireNonNull(body.routeId()),
                body.timing(), walkers.guard(body.guard(), body.postId()), body.postId());
        var location = UriComponentsBuilder.fromPath("/api/v1/patrol/schedules/{id}")
            .buildAndExpand(created.getId()).toUri();
        return ResponseEntity.created(location).body(view(created));
    }

    @PutMapping("/{id}/walker")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    @Operation(summary = "Change who walks a schedule",
            description = "Its tours not yet started follow; those under way stay. 422 as for creating.")
    ScheduleResponse reassign(@PathVariable long id, @Valid @RequestBody WalkerForm body) {
        var scope = CurrentUser.require().scope();
        schedules.get(scope, id);
        return view(schedules.reassign(scope, id, walkers.guard(body.guard(), body.postId()), body.postId()));
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    @Operation(summary = "Retire a schedule", description = "No more tours are planned from it; 422 when refused.")
    ScheduleResponse retire(@PathVariable long id) {
        var scope = CurrentUser.require().scope();
        schedules.retire(scope, id);
        return view(schedules.get(scope, id));
    }

    private ScheduleResponse view(Schedule schedule) {
        Long guard = schedule.getGuardUserId();
        var names = guard == null ? java.util.Map.<Long, String>of() : walkers.usernames(Set.of(guard));
        return ScheduleResponse.of(schedule, guardName(schedule, names));
    }

    private static @Nullable String guardName(Schedule schedule, java.util.Map<Long, String> names) {
        Long guard = schedule.getGuardUserId();
        return guard == null ? null : names.get(guard);
    }

}
