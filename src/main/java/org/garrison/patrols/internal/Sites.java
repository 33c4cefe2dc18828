package org.garrison.patrols.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.SitePost;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The sites a data scope covers, as the ids every patrol query is restricted to, their names, and their
 * posts (岗位).
 */
@Component
public class Sites {

    private final OrganisationManagement organisation;

    Sites(OrganisationManagement organisation) {
        this.organisation = organisation;
    }

    public Set<Long> in(DataScope scope) {
        return organisation.sitesIn(scope).stream().map(SiteId::value).collect(Collectors.toUnmodifiableSet());
    }

    /** The site ids for a scan upload: {@code null} (no restriction) for a company-wide scope. */
    public @Nullable Set<Long> forScans(DataScope scope) {
        return scope.isCompanyWide() ? null : in(scope);
    }

    /** Fails with 404 unless the scope covers the site. */
    public void require(DataScope scope, long siteId) {
        if (!organisation.covers(scope, new SiteId(siteId))) {
            throw new NotFoundException("patrol.site", siteId);
        }
    }

    /** Names of the sites the scope covers, by id, in code order. */
    public Map<Long, String> names(DataScope scope) {
        Set<Long> ids = in(scope);
        var names = new LinkedHashMap<Long, String>();
        organisation.siteNames().stream().filter(n -> ids.contains(n.id())).forEach(n -> names.put(n.id(), n.name()));
        return names;
    }

    /** The active posts of the sites, ordered by site and name. */
    public List<SitePost> posts(Collection<Long> siteIds) {
        return organisation.postsOf(siteIds.stream().map(SiteId::new).toList());
    }

    /** The names of the active posts of the sites, by post id. */
    public Map<Long, String> postNames(Collection<Long> siteIds) {
        var names = new LinkedHashMap<Long, String>();
        posts(siteIds).forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    /** Refuses a post that is not an active post of the site. */
    public void requirePost(long siteId, long postId) {
        if (posts(List.of(siteId)).stream().noneMatch(p -> p.id() == postId)) {
            throw new DomainException("patrol.schedule.postElsewhere");
        }
    }

}
