package org.garrison.patrols.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live board of tours within the user's data scope (one service day, optionally one site) and one tour's
 * row; a tour's checkpoints are {@link TourCheckpoints}, the acknowledgement of its alert {@link TourAlerts}.
 */
@Service
@Transactional(readOnly = true)
public class TourBoard {

    /** {@link Tour#needsAttention()} without an acknowledgement, as a condition of the query. */
    private static final Specification<Tour> AWAITING = (r, q, cb) -> cb.and(cb.notEqual(r.get("status"), TourStatus.OPEN),
            cb.or(cb.notEqual(r.get("status"), TourStatus.DONE), cb.greaterThan(r.<Integer>get("pointsOutOfOrder"), 0)),
            cb.isNull(r.get("acknowledgedAt")));

    private final TourRepository tours;

    private final RouteRepository routes;

    private final OrganisationManagement organisation;

    private final Clock clock;

    private final LiveTours live;

    TourBoard(TourRepository tours, RouteRepository routes, OrganisationManagement organisation, Clock clock,
            LiveTours live) {
        this.live = live;
        this.tours = tours;
        this.routes = routes;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** How a tour looks on the board: upcoming and in progress are open tours before and after their start. */
    public enum BoardStatus {
        UPCOMING, IN_PROGRESS, DONE, LATE, MISSED
    }

    /**
     * One row of the board; {@code postName} is the post whose holder walks the tour, if it is a post's tour;
     * {@code guardName} the guard who walks it (named, or who scanned most), if known. A tour in progress counts
     * its scans so far ({@code scanned}, on time, late); {@code flagged} is how many of its scans await review.
     */
    public record Row(long id, long siteId, String routeName, @Nullable String postName, @Nullable String guardName,
            Instant windowStart, Instant closesAt, BoardStatus status, int due, int scanned, int onTime, int late,
            int missed, int outOfOrder, int flagged, boolean awaitingAcknowledgement) {
    }

    /** What a list of tours is narrowed to: a site, a board status, awaiting acknowledgement; {@code null} does not narrow. */
    public record TourFilter(@Nullable Long siteId, @Nullable BoardStatus status, @Nullable Boolean awaitingAcknowledgement) {
    }

    public List<Row> day(DataScope scope, LocalDate day, @Nullable Long siteId) {
        var found = tours.findAll(ofDay(scope, day, siteId), Sort.by("windowStart"));
        return found.isEmpty() ? List.of() : rows(scope, found, clock.instant());
    }

    /** One page of the tours of a service day the filter lets through, by window start, paged in the query. */
    public Page<Row> day(DataScope scope, LocalDate day, TourFilter filter, Pageable pageable) {
        Instant now = clock.instant();
        Specification<Tour> shown = ofDay(scope, day, filter.siteId());
        if (filter.status() != null) {
            shown = shown.and(shownAs(filter.status(), now));
        }
        if (filter.awaitingAcknowledgement() != null) {
            shown = shown.and(filter.awaitingAcknowledgement() ? AWAITING : Specification.not(AWAITING));
        }
        var found = tours.findAll(shown,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("windowStart", "id")));
        return new PageImpl<>(found.isEmpty() ? List.of() : rows(scope, found.getContent(), now), found.getPageable(),
                found.getTotalElements());
    }

    public Row tour(DataScope scope, long id) {
        var tour = tours.inScope(organisation.siteFilter(scope), id);
        Instant now = clock.instant();
        return row(tour, routeName(tour.getRouteId()), postName(tour, postNames(scope)), now,
                live.of(List.of(tour), now).get(tour.getId()));
    }

    private Specification<Tour> ofDay(DataScope scope, LocalDate day, @Nullable Long siteId) {
        Specification<Tour> shown = organisation.siteFilter(scope).<Tour>on("siteId").and(Specs.is("serviceDay", day));
        return siteId == null ? shown : shown.and(Specs.is("siteId", siteId));
    }

    private List<Row> rows(DataScope scope, List<Tour> found, Instant now) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, String> posts = postNames(scope);
        var current = live.of(found, now);
        return found.stream()
            .map(t -> row(t, names.computeIfAbsent(t.getRouteId(), this::routeName), postName(t, posts), now,
                    current.get(t.getId())))
            .toList();
    }

    /** The tours {@link #row} shows with the status, as a condition of the query. */
    private static Specification<Tour> shownAs(BoardStatus status, Instant now) {
        return switch (status) {
            case UPCOMING -> (r, q, cb) -> cb.and(cb.equal(r.get("status"), TourStatus.OPEN),
                    cb.greaterThan(r.<Instant>get("windowStart"), now));
            case IN_PROGRESS -> (r, q, cb) -> cb.and(cb.equal(r.get("status"), TourStatus.OPEN),
                    cb.lessThanOrEqualTo(r.<Instant>get("windowStart"), now));
            case DONE -> Specs.is("status", TourStatus.DONE);
            case LATE -> Specs.is("status", TourStatus.LATE);
            case MISSED -> Specs.is("status", TourStatus.MISSED);
        };
    }

    /** The names of the active posts of the scope's sites, by post id. */
    private Map<Long, String> postNames(DataScope scope) {
        var names = new HashMap<Long, String>();
        organisation.postsIn(scope).forEach(p -> names.put(p.id().value(), p.name()));
        return names;
    }

    private String routeName(long routeId) {
        return routes.findById(routeId).map(Route::getName).orElse("");
    }

    /** The name of a post's tour's post ("#id" once the post was retired); {@code null} for other tours. */
    private static @Nullable String postName(Tour t, Map<Long, String> names) {
        Long post = t.getPostId();
        return post == null ? null : names.getOrDefault(post, "#" + post);
    }

    private static Row row(Tour t, String routeName, @Nullable String postName, Instant now, LiveTours.Live live) {
        BoardStatus status = switch (t.getStatus()) {
            case OPEN -> t.getWindowStart().isAfter(now) ? BoardStatus.UPCOMING : BoardStatus.IN_PROGRESS;
            case DONE -> BoardStatus.DONE;
            case LATE -> BoardStatus.LATE;
            case MISSED -> BoardStatus.MISSED;
        };
        return new Row(t.getId(), t.getSiteId(), routeName, postName, live.guardName(), t.getWindowStart(),
                t.getClosesAt(), status, t.getPointsDue(), live.scanned(), live.onTime(), live.late(), t.getPointsMissed(),
                live.outOfOrder(), live.flagged(), t.needsAttention() && t.getAcknowledgedAt() == null);
    }

}
