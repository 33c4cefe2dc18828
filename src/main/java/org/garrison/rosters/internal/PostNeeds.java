package org.garrison.rosters.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.garrison.contracts.ContractsManagement;
import org.garrison.contracts.SiteTargets;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each post's requirement on a day: the contract in force for the site ({@code SiteTargets.posts}, matched by the
 * post's name) unless a local override says otherwise. Two shifts a day use the 两班制 set, three the 三班制 set.
 */
@Service
@Transactional
public class PostNeeds {

    static final String TWO_SHIFTS = "两班制", THREE_SHIFTS = "三班制";

    private final PostOverrideRepository overrides;

    private final OrganisationManagement organisation;

    private final ContractsManagement contracts;

    private final ShiftTemplates templates;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    PostNeeds(PostOverrideRepository overrides, OrganisationManagement organisation, ContractsManagement contracts,
            ShiftTemplates templates, ApplicationEventPublisher events, Clock clock) {
        this.overrides = overrides;
        this.organisation = organisation;
        this.contracts = contracts;
        this.templates = templates;
        this.events = events;
        this.clock = clock;
    }

    /** Every active post in the scope with its need on a day, ordered by site and post. */
    @Transactional(readOnly = true)
    public List<PostNeed> on(DataScope scope, LocalDate day) {
        var posts = organisation.postsIn(scope);
        var siteNames = organisation.siteNamesIn(scope);
        Map<Long, PostOverride> local = overrides
            .findBySiteIdIn(posts.stream().map(p -> p.site().value()).distinct().toList())
            .stream()
            .collect(Collectors.toMap(PostOverride::getPostId, Function.identity()));
        Map<Long, Optional<SiteTargets>> targets = new HashMap<>();
        return posts.stream().map(post -> {
            long site = post.site().value();
            String siteName = siteNames.getOrDefault(site, String.valueOf(site));
            var override = local.get(post.id().value());
            if (override != null) {
                var need = override.need();
                return need(site, siteName, post.id().value(), post.name(), need.headcountPerShift(), need.templateSet(),
                        need.minHeightCm(), PostNeed.Source.OVERRIDE);
            }
            return targets.computeIfAbsent(site, s -> contracts.targetsFor(new SiteId(s), day))
                .flatMap(t -> t.posts().stream().filter(p -> p.postName().equals(post.name())).findFirst())
                .map(p -> need(site, siteName, post.id().value(), post.name(), p.headcountPerShift(),
                        p.shiftsPerDay() >= 3 ? THREE_SHIFTS : TWO_SHIFTS, p.minHeightCm(), PostNeed.Source.CONTRACT))
                .orElseGet(() -> need(site, siteName, post.id().value(), post.name(), 0, TWO_SHIFTS, null,
                        PostNeed.Source.NONE));
        }).toList();
    }

    private PostNeed need(long site, String siteName, long post, String postName, int headcount, String set,
            Integer minHeight, PostNeed.Source source) {
        return new PostNeed(site, siteName, post, postName, headcount, set, templates.ofSet(set).size(), minHeight, source);
    }

    /**
     * Sets a post's local requirement.
     *
     * @throws DomainException {@code rosters.requirement.setUnknown} for a set without templates
     */
    public void override(DataScope scope, long siteId, long postId, PostOverride.Need need, long by) {
        organisation.requireSite(scope, new SiteId(siteId));
        organisation.requirePostOfSite(new SiteId(siteId), new PostId(postId));
        if (templates.ofSet(need.templateSet()).isEmpty()) {
            throw new DomainException("rosters.requirement.setUnknown");
        }
        var existing = overrides.findById(postId);
        var row = existing.orElseGet(() -> new PostOverride(postId, siteId));
        Map<String, Object> before = existing.map(o -> Map.<String, Object>of("need", o.need().toString())).orElse(null);
        row.change(need, by, clock.instant());
        overrides.save(row);
        events.publishEvent(AuditedChange.of(before == null ? "create" : "update", "ros_post_requirement", postId,
                organisation.siteName(new SiteId(siteId)), before, Map.of("need", need.toString())));
    }

    /** Removes a local override: the contract's requirement counts again. */
    public void clearOverride(DataScope scope, long siteId, long postId) {
        organisation.requireSite(scope, new SiteId(siteId));
        overrides.findById(postId).filter(o -> o.getSiteId() == siteId).ifPresent(o -> {
            overrides.delete(o);
            events.publishEvent(AuditedChange.of("delete", "ros_post_requirement", postId,
                    organisation.siteName(new SiteId(siteId)), Map.of("need", o.need().toString()), null));
        });
    }

}
