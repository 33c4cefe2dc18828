package org.garrison.patrols.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns schedules into tours ahead of time, so the guard's phone knows what is due (also offline) and the
 * sweep knows what to settle. Idempotent: a slot that has its tour already is skipped.
 */
@Component
class TourPlanner {

    private final ScheduleRepository schedules;

    private final RouteRepository routes;

    private final TourRepository tours;

    private final PatrolSettings settings;

    TourPlanner(ScheduleRepository schedules, RouteRepository routes, TourRepository tours, PatrolSettings settings) {
        this.schedules = schedules;
        this.routes = routes;
        this.tours = tours;
        this.settings = settings;
    }

    /**
     * Plans the tours that start within the planning horizon, and those whose window closed within the catch-up
     * period without a tour (every node was down when they should have been planned): the next sweep settles those
     * and alerts what was missed. Never a window that had closed before its schedule was made.
     */
    @Transactional
    int plan(Instant now) {
        int planned = 0;
        Instant horizon = now.plus(settings.planAhead());
        Instant catchUpFrom = now.minus(settings.catchUp());
        for (Schedule schedule : schedules.findByActiveTrue()) {
            var route = routes.findById(schedule.getRouteId()).filter(Route::isActive).orElse(null);
            if (route == null) {
                continue;
            }
            Instant from = schedule.getCreatedAt().isAfter(catchUpFrom) ? schedule.getCreatedAt() : catchUpFrom;
            LocalDate today = LocalDate.ofInstant(now, schedule.getZone());
            for (LocalDate day = LocalDate.ofInstant(from, schedule.getZone()).minusDays(1);
                    !day.isAfter(today.plusDays(2)); day = day.plusDays(1)) {
                for (Instant slot : Slots.startsOn(schedule.timing(), schedule.getZone(), day)) {
                    var window = Slots.window(schedule.timing(), schedule.getId(), slot, route.getCheckpointIds().size(),
                            route.getMinutesBetween());
                    if (window.closesAt().isAfter(catchUpFrom) && window.closesAt().isAfter(schedule.getCreatedAt())
                            && !window.start().isAfter(horizon)
                            && !tours.existsByScheduleIdAndWindowStart(schedule.getId(), window.start())) {
                        tours.save(new Tour(schedule, route.getCheckpointIds(), window));
                        planned++;
                    }
                }
            }
        }
        return planned;
    }

}
