package org.garrison.patrols.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.CheckpointPosition;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.Like;
import org.garrison.shared.NotFoundException;
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
 * Setting up guard tours within the user's data scope: checkpoints and routes (their schedules are
 * {@link PatrolSchedules}). Records outside the scope are not found. Every change is audited.
 */
@Service
@Transactional
public class PatrolSetup {

    /** Code alphabet without look-alikes (0/O, 1/I/L), as guards type codes from damaged labels. */
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private final CheckpointRepository checkpoints;

    private final RouteRepository routes;

    private final OrganisationManagement organisation;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final SecureRandom random = new SecureRandom();

    PatrolSetup(CheckpointRepository checkpoints, RouteRepository routes,
            OrganisationManagement organisation, Clock clock,
            ApplicationEventPublisher events) {
        this.checkpoints = checkpoints;
        this.routes = routes;
        this.organisation = organisation;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Checkpoint> checkpoints(DataScope scope) {
        return checkpoints.findAll(organisation.siteFilter(scope).on("siteId"), Sort.by("siteId", "name"));
    }

    /**
     * What a list of checkpoints or routes is narrowed to: a site, in use or retired, and a text in the name (or a
     * checkpoint's code); {@code null} does not narrow.
     */
    public record SetupFilter(@Nullable Long siteId, @Nullable Boolean active, @Nullable String text) {
    }

    /** One page of the scope's checkpoints the filter lets through, by site and name, paged in the query. */
    @Transactional(readOnly = true)
    public Page<Checkpoint> checkpoints(DataScope scope, SetupFilter filter, Pageable pageable) {
        Specification<Checkpoint> shown = narrowed(organisation.siteFilter(scope).on("siteId"), filter);
        String pattern = Like.containingLowerCase(filter.text());
        if (pattern != null) {
            shown = shown.and((r, q, cb) -> cb.or(cb.like(cb.lower(r.get("name")), pattern, Like.ESCAPE),
                    cb.like(cb.lower(r.get("code")), pattern, Like.ESCAPE)));
        }
        return checkpoints.findAll(shown, sorted(pageable));
    }

    @Transactional(readOnly = true)
    public Checkpoint checkpoint(DataScope scope, long id) {
        return checkpoints.findOne(organisation.siteFilter(scope).<Checkpoint>on("siteId").and(Specs.id(id)))
            .orElseThrow(() -> new NotFoundException("patrol.checkpoint", id));
    }

    /** The checkpoints among {@code ids} the scope covers, in the order asked for. */
    @Transactional(readOnly = true)
    public List<Checkpoint> checkpoints(DataScope scope, List<Long> ids) {
        var found = ids.isEmpty() ? List.<Checkpoint>of()
            : checkpoints.findAll(organisation.siteFilter(scope).<Checkpoint>on("siteId").and(Specs.idIn(ids)));
        return ids.stream().distinct().flatMap(id -> found.stream().filter(c -> c.getId().equals(id))).toList();
    }

    public Checkpoint createCheckpoint(DataScope scope, long siteId, Checkpoint.Place place) {
        organisation.requireSite(scope, new SiteId(siteId));
        requireFreeTag(place.tagId(), null);
        var created = checkpoints.save(new Checkpoint(siteId, newCode(), place));
        audit("CREATE", "PatrolCheckpoint", created.getId(), created.getName(), null, created.snapshot());
        return created;
    }

    /**
     * A checkpoint whose code is given (labels printed by another system keep working), in the scope; the code is
     * upper-cased, 3–40 letters, digits or dashes, and unique.
     */
    public Checkpoint createCheckpoint(DataScope scope, long siteId, String code, Checkpoint.Place place) {
        organisation.requireSite(scope, new SiteId(siteId));
        String normalised = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!normalised.matches("[A-Z0-9][A-Z0-9-]{2,39}")) {
            throw new DomainException("patrol.checkpoint.codeInvalid", code);
        }
        if (checkpoints.existsByCode(normalised)) {
            throw new DomainException("patrol.checkpoint.codeTaken", normalised);
        }
        requireFreeTag(place.tagId(), null);
        var created = checkpoints.save(new Checkpoint(siteId, normalised, place));
        audit("CREATE", "PatrolCheckpoint", created.getId(), created.getName(), null, created.snapshot());
        return created;
    }

    /** The checkpoint with this code, whatever the scope and whether in use (codes are unique). */
    @Transactional(readOnly = true)
    public java.util.Optional<Checkpoint> checkpointByCode(String code) {
        return checkpoints.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The site's checkpoint in use with this name, if any (the first by id when several share it). */
    @Transactional(readOnly = true)
    public java.util.Optional<Checkpoint> checkpointNamed(long siteId, String name) {
        return checkpoints.findBySiteIdAndNameAndActiveTrue(siteId, name.strip()).stream().findFirst();
    }

    public Checkpoint changeCheckpoint(DataScope scope, long id, Checkpoint.Place place) {
        var checkpoint = checkpoint(scope, id);
        requireFreeTag(place.tagId(), checkpoint.getTagId());
        var before = checkpoint.snapshot();
        checkpoint.describe(place);
        audit("UPDATE", "PatrolCheckpoint", id, checkpoint.getName(), before, checkpoint.snapshot());
        return checkpoint;
    }

    public void retireCheckpoint(DataScope scope, long id) {
        var checkpoint = checkpoint(scope, id);
        var before = checkpoint.snapshot();
        checkpoint.retire();
        audit("RETIRE", "PatrolCheckpoint", id, checkpoint.getName(), before, checkpoint.snapshot());
    }

    @Transactional(readOnly = true)
    public List<Route> routes(DataScope scope) {
        var found = routes.findAll(organisation.siteFilter(scope).on("siteId"), Sort.by("siteId", "name"));
        found.forEach(Route::getCheckpointIds);
        return found;
    }

    /** One page of the scope's routes the filter lets through (text in the name), by site and name, with their points. */
    @Transactional(readOnly = true)
    public Page<Route> routes(DataScope scope, SetupFilter filter, Pageable pageable) {
        Specification<Route> shown = narrowed(organisation.siteFilter(scope).on("siteId"), filter);
        String pattern = Like.containingLowerCase(filter.text());
        if (pattern != null) {
            shown = shown.and((r, q, cb) -> cb.like(cb.lower(r.get("name")), pattern, Like.ESCAPE));
        }
        var found = routes.findAll(shown, sorted(pageable));
        found.forEach(Route::getCheckpointIds);
        return found;
    }

    @Transactional(readOnly = true)
    public Route route(DataScope scope, long id) {
        var route = routes.findOne(organisation.siteFilter(scope).<Route>on("siteId").and(Specs.id(id))).orElseThrow(() -> new NotFoundException("patrol.route", id));
        route.getCheckpointIds();
        return route;
    }

    public Route createRoute(DataScope scope, long siteId, Route.Plan plan) {
        organisation.requireSite(scope, new SiteId(siteId));
        requireCheckpointsOf(siteId, plan.checkpointIds());
        var created = routes.save(new Route(siteId, plan));
        audit("CREATE", "PatrolRoute", created.getId(), created.getName(), null, created.snapshot());
        return created;
    }

    public Route changeRoute(DataScope scope, long id, Route.Plan plan) {
        var route = route(scope, id);
        requireCheckpointsOf(route.getSiteId(), plan.checkpointIds());
        var before = route.snapshot();
        route.replan(plan);
        audit("UPDATE", "PatrolRoute", id, route.getName(), before, route.snapshot());
        return route;
    }

    /**
     * The plan of a route at a site from checkpoint codes in walking order: each code must name an active
     * checkpoint of that site in the scope.
     */
    @Transactional(readOnly = true)
    public Route.Plan planOf(DataScope scope, long siteId, String name, boolean ordered, PatrolMode mode,
            int minutesBetween, List<String> codes) {
        Map<String, Long> byCode = new HashMap<>();
        checkpoints(scope).stream().filter(c -> c.getSiteId() == siteId && c.isActive())
            .forEach(c -> byCode.put(c.getCode(), c.getId()));
        var ids = codes.stream().map(code -> {
            Long id = byCode.get(code);
            if (id == null) {
                throw new DomainException("patrol.route.unknownCode", code);
            }
            return id;
        }).toList();
        return new Route.Plan(name, ordered, mode, minutesBetween, ids);
    }

    /** The zone of service days and of new schedules. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    private static <T> Specification<T> narrowed(Specification<T> scoped, SetupFilter filter) {
        var shown = scoped;
        if (filter.siteId() != null) {
            shown = shown.and(Specs.is("siteId", filter.siteId()));
        }
        if (filter.active() != null) {
            shown = shown.and(Specs.is("active", filter.active()));
        }
        return shown;
    }

    private static Pageable sorted(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("siteId", "name", "id"));
    }

    private void requireCheckpointsOf(long siteId, List<Long> ids) {
        var found = checkpoints.findAllById(new HashSet<>(ids));
        if (found.size() != new HashSet<>(ids).size()
                || found.stream().anyMatch(c -> c.getSiteId() != siteId || !c.isActive())) {
            throw new DomainException("patrol.route.checkpointsOfOtherSite");
        }
    }

    private void requireFreeTag(@Nullable String tagId, @Nullable String current) {
        if (tagId != null && !tagId.equals(current) && checkpoints.existsByTagId(tagId)) {
            throw new DomainException("patrol.checkpoint.tagTaken", tagId);
        }
    }

    private String newCode() {
        String code;
        do {
            var chars = new char[8];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
            }
            code = "CP-" + new String(chars);
        }
        while (checkpoints.existsByCode(code));
        return code;
    }

    private void audit(String action, String type, Object id, String summary, @Nullable Map<String, ?> before,
            Map<String, ?> after) {
        events.publishEvent(AuditedChange.of(action, type, id, summary, before, after));
    }

    /** The positions of the active checkpoints of these sites that have one, by site. */
    @Transactional(readOnly = true)
    public Map<SiteId, List<CheckpointPosition>> positions(Collection<SiteId> sites) {
        if (sites.isEmpty()) {
            return Map.of();
        }
        return checkpoints.findBySiteIdInAndActiveTrueAndLatitudeNotNull(sites.stream().map(SiteId::value).distinct().toList())
            .stream()
            .filter(c -> c.getLongitude() != null)
            .collect(Collectors.groupingBy(c -> new SiteId(c.getSiteId()), Collectors.mapping(
                    c -> new CheckpointPosition(c.getName(), Objects.requireNonNull(c.getLatitude()),
                            Objects.requireNonNull(c.getLongitude())), Collectors.toList())));
    }

}
