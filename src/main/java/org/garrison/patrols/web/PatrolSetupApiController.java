package org.garrison.patrols.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.patrols.internal.Checkpoint;
import org.garrison.patrols.internal.PatrolSetup;
import org.garrison.patrols.internal.PatrolSetup.SetupFilter;
import org.garrison.patrols.internal.Route;
import org.garrison.patrols.web.PatrolApiViews.CheckpointResponse;
import org.garrison.patrols.web.PatrolApiViews.RouteResponse;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
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

/** Checkpoints and routes of the caller's sites, as the checkpoint and route pages set them up. */
@RestController
@RequestMapping("/api/v1/patrol")
@Tag(name = "Patrol setup", description = "Checkpoints (巡逻点) and routes (巡逻路线) of the sites in the caller's data scope")
class PatrolSetupApiController {

    private final PatrolSetup setup;

    PatrolSetupApiController(PatrolSetup setup) {
        this.setup = setup;
    }

    @GetMapping("/checkpoints")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    @Operation(summary = "Checkpoints by site and name, page by page",
            description = "Filters: siteId, active, q (part of the name or code).")
    PageResponse<CheckpointResponse> checkpoints(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable Boolean active, @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(setup.checkpoints(CurrentUser.require().scope(), new SetupFilter(siteId, active, q),
                PageResponse.request(page, size)), CheckpointResponse::of);
    }

    @GetMapping("/checkpoints/{id}")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    @Operation(summary = "One checkpoint", description = "404 when unknown or outside the caller's scope.")
    CheckpointResponse checkpoint(@PathVariable long id) {
        return CheckpointResponse.of(setup.checkpoint(CurrentUser.require().scope(), id));
    }

    @PostMapping("/checkpoints")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    @Operation(summary = "Create a checkpoint; the server gives it its printed code",
            description = "400 for invalid fields; 404 for a site outside the scope; 422 when the wand tag is taken.")
    ResponseEntity<CheckpointResponse> createCheckpoint(@Valid @RequestBody CheckpointForm body) {
        var created = setup.createCheckpoint(CurrentUser.require().scope(), Objects.requireNonNull(body.siteId()),
                body.place());
        var location = UriComponentsBuilder.fromPath("/api/v1/patrol/checkpoints/{id}")
            .buildAndExpand(created.getId()).toUri();
        return ResponseEntity.created(location).body(CheckpointResponse.of(created));
    }

    @PutMapping("/checkpoints/{id}")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    @Operation(summary = "Change a checkpoint's name, place, position, key area and wand tag",
            description = "Its site and code stay. 422 when the wand tag is taken.")
    CheckpointResponse changeCheckpoint(@PathVariable long id, @Valid @RequestBody CheckpointForm body) {
        return CheckpointResponse.of(setup.changeCheckpoint(CurrentUser.require().scope(), id, body.place()));
    }

    @PostMapping("/checkpoints/{id}/retire")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    @Operation(summary = "Retire a checkpoint", description = "It is no longer offered for new routes; 422 when refused.")
    CheckpointResponse retireCheckpoint(@PathVariable long id) {
        var scope = CurrentUser.require().scope();
        setup.retireCheckpoint(scope, id);
        return CheckpointResponse.of(setup.checkpoint(scope, id));
    }

    @GetMapping("/routes")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    @Operation(summary = "Routes by site and name, page by page", description = "Filters: siteId, active, q (part of the name).")
    PageResponse<RouteResponse> routes(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable Boolean active, @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var scope = CurrentUser.require().scope();
        var found = setup.routes(scope, new SetupFilter(siteId, active, q), PageResponse.request(page, size));
        var codes = codes(scope, found.getContent());
        return PageResponse.of(found, r -> RouteResponse.of(r, codes));
    }

    @GetMapping("/routes/{id}")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    @Operation(summary = "One route with its checkpoints in walking order",
            description = "404 when unknown or outside the caller's scope.")
    RouteResponse route(@PathVariable long id) {
        var scope = CurrentUser.require().scope();
        var route = setup.route(scope, id);
        return RouteResponse.of(route, codes(scope, List.of(route)));
    }

    @PostMapping("/routes")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    @Operation(summary = "Create a route from checkpoint codes in walking order",
            description = "422 when a code is not an active checkpoint of the route's site.")
    ResponseEntity<RouteResponse> createRoute(@Valid @RequestBody RouteRequest body) {
        var scope = CurrentUser.require().scope();
        long siteId = Objects.requireNonNull(body.siteId());
        Route created = setup.createRoute(scope, siteId, plan(scope, siteId, body));
        var location = UriComponentsBuilder.fromPath("/api/v1/patrol/routes/{id}")
            .buildAndExpand(created.getId()).toUri();
        return ResponseEntity.created(location).body(RouteResponse.of(created, codes(scope, List.of(created))));
    }

    @PutMapping("/routes/{id}")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    @Operation(summary = "Change a route's name, order, mode, pace and checkpoints",
            description = "Its site stays (siteId in the body is ignored). 422 when a code is not an active checkpoint of the site.")
    RouteResponse changeRoute(@PathVariable long id, @Valid @RequestBody RouteRequest body) {
        var scope = CurrentUser.require().scope();
        var route = setup.route(scope, id);
        var changed = setup.changeRoute(scope, id, plan(scope, route.getSiteId(), body));
        return RouteResponse.of(changed, codes(scope, List.of(changed)));
    }

    private Route.Plan plan(DataScope scope, long siteId, RouteRequest body) {
        return setup.planOf(scope, siteId, String.valueOf(body.name()), Boolean.TRUE.equals(body.ordered()),
                Objects.requireNonNull(body.mode()), Objects.requireNonNull(body.minutesBetween()), body.codes());
    }

    /** The routes' checkpoints, by id. */
    private Map<Long, Checkpoint> codes(DataScope scope, List<Route> shown) {
        Map<Long, Checkpoint> codes = new HashMap<>();
        var ids = shown.stream().flatMap(r -> r.getCheckpointIds().stream()).distinct().toList();
        setup.checkpoints(scope, ids).forEach(c -> codes.put(c.getId(), c));
        return codes;
    }

}
