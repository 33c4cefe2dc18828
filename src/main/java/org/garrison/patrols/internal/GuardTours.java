package org.garrison.patrols.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the guard's phone shows: the open tours at the guard's sites that are due now or soon and are for
 * this guard (named on the tour, holding the tour's post today, or, for a tour of neither, on duty at the
 * site), with their checkpoints in walking order, and every checkpoint of those sites (so a code typed from
 * a damaged label is recognised even offline).
 */
@Service
@Transactional(readOnly = true)
public class GuardTours {

    private static final Duration SOON = Duration.ofHours(2);

    private static final int MAX_TOURS = 12;

    private final TourRepository tours;

    private final RouteRepository routes;

    private final CheckpointRepository checkpoints;

    private final OrganisationManagement organisation;

    private final PostHolders holders;

    private final Clock clock;

    GuardTours(TourRepository tours, RouteRepository routes, CheckpointRepository checkpoints,
            OrganisationManagement organisation,
            PostHolders holders, Clock clock) {
        this.tours = tours;
        this.routes = routes;
        this.checkpoints = checkpoints;
        this.organisation = organisation;
        this.holders = holders;
        this.clock = clock;
    }

    /** A tour as the phone shows it. */
    public record DueTour(long id, String routeName, boolean ordered, PatrolMode mode, Instant windowStart,
            Instant closesAt, List<Point> points) {
    }

    /** A checkpoint of a tour, due by {@code deadline}. */
    public record Point(String code, String name, boolean keyArea, Instant deadline) {
    }

    public List<DueTour> due(CurrentUser guard) {
        var mySites = organisation.siteFilter(guard.scope());
        Instant now = clock.instant();
        Map<Long, Checkpoint> byId = new HashMap<>();
        checkpoints.findAll(mySites.on("siteId")).forEach(c -> byId.put(c.getId(), c));
        Map<Long, Route> routeCache = new HashMap<>();
        @Nullable Long heldPost = holders.postOf(guard.id()).orElse(null);
        return tours.findAll(mySites.<Tour>on("siteId").and(Specs.is("status", TourStatus.OPEN))
                .and((root, query, cb) -> cb.lessThan(root.<Instant>get("windowStart"), now.plus(SOON))),
                Sort.by("windowStart"))
            .stream()
            .filter(t -> t.isFor(guard.id(), heldPost))
            .filter(t -> t.getClosesAt().isAfter(now))
            .limit(MAX_TOURS)
            .map(t -> {
                var route = routeCache.computeIfAbsent(t.getRouteId(), id -> routes.findById(id).orElseThrow());
                var points = t.getPoints().stream().map(p -> {
                    var c = Objects.requireNonNull(byId.get(p.getCheckpointId()));
                    return new Point(c.getCode(), c.getName(), c.isKeyArea(), p.getDeadline());
                }).toList();
                return new DueTour(t.getId(), route.getName(), route.isOrdered(), route.getMode(), t.getWindowStart(),
                        t.getClosesAt(), points);
            })
            .toList();
    }

    /** Every active checkpoint at the guard's sites. */
    public List<Checkpoint> checkpoints(CurrentUser guard) {
        return checkpoints.findAll(organisation.siteFilter(guard.scope()).on("siteId"), Sort.by("siteId", "name")).stream()
            .filter(Checkpoint::isActive)
            .toList();
    }

}
