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

    /** Plans the tours whose window is not over at {@code now} and starts within the planning horizon. */
    @Transactional
    int plan(Instant now) {
        int planned = 0;
        Instant horizon = now.plus(settings.planAhead());
        for (Schedule schedule : schedules.findByActiveTrue()) {
            var route = routes.findById(schedule.getRouteId()).filter(Route::isActive).orElse(null);
            if (route == null) {
                continue;
            }
            LocalDate today = LocalDate.ofInstant(now, schedule.getZone());
            for (LocalDate day = today.minusDays(1); !day.isAfter(today.plusDays(2)); day = day.plusDays(1)) {
                for (Instant slot : Slots.startsOn(schedule.timing(), schedule.getZone(), day)) {
                    var window = Slots.window(schedule.timing(), schedule.getId(), slot, route.getCheckpointIds().size(),
                            route.getMinutesBetween());
                    if (window.closesAt().isAfter(now) && !window.start().isAfter(horizon)
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
