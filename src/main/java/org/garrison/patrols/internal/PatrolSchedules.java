package org.garrison.patrols.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patrol schedules of the user's sites: when a route must be walked and by whom (a named guard, whoever
 * holds a post of the route's site, or whoever is on duty there). Schedules outside the scope are not found;
 * every change is audited.
 */
@Service
@Transactional
public class PatrolSchedules {

    private final ScheduleRepository schedules;

    private final TourRepository tours;

    private final PatrolSetup setup;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    PatrolSchedules(ScheduleRepository schedules, TourRepository tours, PatrolSetup setup,
            OrganisationManagement organisation,
            ApplicationEventPublisher events, Clock clock) {
        this.schedules = schedules;
        this.tours = tours;
        this.setup = setup;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Schedule> list(DataScope scope) {
        return schedules.findAll(organisation.siteFilter(scope).on("siteId"), Sort.by("siteId", "startsAt"));
    }

    /**
     * One page of the scope's schedules, narrowed to a site, a route and in use or retired ({@code null} does not
     * narrow), by site and start time, paged in the query.
     */
    @Transactional(readOnly = true)
    public Page<Schedule> list(DataScope scope, @Nullable Long siteId, @Nullable Long routeId, @Nullable Boolean active,
            Pageable pageable) {
        Specification<Schedule> shown = organisation.siteFilter(scope).on("siteId");
        if (siteId != null) {
            shown = shown.and(Specs.is("siteId", siteId));
        }
        if (routeId != null) {
            shown = shown.and(Specs.is("routeId", routeId));
        }
        if (active != null) {
            shown = shown.and(Specs.is("active", active));
        }
        return schedules.findAll(shown,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("siteId", "startsAt", "id")));
    }

    @Transactional(readOnly = true)
    public Schedule get(DataScope scope, long id) {
        return schedules.findOne(organisation.siteFilter(scope).<Schedule>on("siteId").and(Specs.id(id)))
            .orElseThrow(() -> new NotFoundException("patrol.schedule", id));
    }

    /**
     * A schedule of an active route, walked by the guard or the post (an active post of the route's site),
     * or by whoever is on duty when both are {@code null}.
     */
    public Schedule create(DataScope scope, long routeId, Schedule.Timing timing, @Nullable Long guardUserId,
            @Nullable Long postId) {
        var route = setup.route(scope, routeId);
        if (!route.isActive()) {
            throw new DomainException("patrol.schedule.routeRetired", route.getName());
        }
        requirePost(route.getSiteId(), guardUserId, postId);
        var created = schedules.save(new Schedule(routeId, route.getSiteId(), timing, guardUserId, postId,
                setup.zone(), clock.instant()));
        audit("CREATE", created.getId(), route.getName(), null, created.snapshot());
        return created;
    }

    /**
     * Changes who walks an active schedule; its tours that have not started yet follow, those under way
     * stay with whoever they were for.
     */
    public Schedule reassign(DataScope scope, long id, @Nullable Long guardUserId, @Nullable Long postId) {
        var schedule = get(scope, id);
        requirePost(schedule.getSiteId(), guardUserId, postId);
        var before = schedule.snapshot();
        schedule.assign(guardUserId, postId);
        tours.findByScheduleIdAndStatusAndWindowStartAfter(id, TourStatus.OPEN, clock.instant())
            .forEach(tour -> tour.reassign(schedule));
        audit("UPDATE", id, setup.route(scope, schedule.getRouteId()).getName(), before, schedule.snapshot());
        return schedule;
    }

    public void retire(DataScope scope, long id) {
        var schedule = get(scope, id);
        var before = schedule.snapshot();
        schedule.retire();
        audit("RETIRE", id, "schedule " + id, before, schedule.snapshot());
    }

    /** A post must be an active post of the site (a post with a guard is refused by the schedule itself). */
    private void requirePost(long siteId, @Nullable Long guardUserId, @Nullable Long postId) {
        if (postId != null && guardUserId == null) {
            try {
                organisation.requirePostOfSite(new SiteId(siteId), new PostId(postId));
            }
            catch (NotFoundException ex) {
                throw new DomainException("patrol.schedule.postElsewhere");
            }
        }
    }

    private void audit(String action, long id, String summary, @Nullable Map<String, ?> before, Map<String, ?> after) {
        events.publishEvent(AuditedChange.of(action, "PatrolSchedule", id, summary, before, after));
    }

}
