package org.garrison.patrols.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.patrols.internal.GuardTours;
import org.garrison.patrols.internal.PatrolMode;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own due tours, as the guard's phone page and start screen show them (the first is the next tour).
 */
@RestController
@RequestMapping("/api/v1/patrol")
@Tag(name = "Patrol", description = "Guard tours: scan upload from phones, devices and apps")
class GuardTourApiController {

    private final GuardTours tours;

    GuardTourApiController(GuardTours tours) {
        this.tours = tours;
    }

    @Schema(description = "A tour due now or soon for the caller, its checkpoints in walking order")
    record MyTourResponse(@Schema(example = "238") long id, @Schema(example = "夜间外围巡逻") String routeName,
            @Schema(description = "whether the checkpoints are to be walked in this order") boolean ordered,
            PatrolMode mode, @Schema(example = "2026-12-07T12:00:00Z") Instant windowStart,
            @Schema(example = "2026-12-07T12:45:00Z") Instant closesAt, List<Point> points) {

        record Point(@Schema(example = "CP-7KQ2M9XA") String code, @Schema(example = "大门岗") String name,
                boolean keyArea, @Schema(example = "2026-12-07T12:15:00Z") Instant deadline) {
        }

        static MyTourResponse of(GuardTours.DueTour t) {
            return new MyTourResponse(t.id(), t.routeName(), t.ordered(), t.mode(), t.windowStart(), t.closesAt(),
                    t.points().stream().map(p -> new Point(p.code(), p.name(), p.keyArea(), p.deadline())).toList());
        }

    }

    @GetMapping("/my/tours")
    @PreAuthorize("hasAuthority('PATROL_SCAN')")
    @Operation(summary = "The caller's tours due now or within two hours, earliest first",
            description = "Open tours at the caller's sites that are for the caller (named on the tour, holding its post "
                    + "today, or on duty at the site), at most 12; the first is the next tour of the start screen. "
                    + "page/size outside 0…, 1–100: 400.")
    PageResponse<MyTourResponse> myTours(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var due = tours.due(CurrentUser.require()).stream().map(MyTourResponse::of).toList();
        return PageResponse.of(due, page, size);
    }

}
