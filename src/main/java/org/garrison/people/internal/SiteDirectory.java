package org.garrison.people.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.BranchChoice;
import org.garrison.organisation.OrganisationManagement.Named;
import org.garrison.organisation.OrganisationManagement.SitePost;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.springframework.stereotype.Component;

/** Sites, posts and branches as the people module shows and checks them, read from the organisation. */
@Component
public class SiteDirectory {

    private final OrganisationManagement organisation;

    SiteDirectory(OrganisationManagement organisation) {
        this.organisation = organisation;
    }

    /** Ids of the sites a scope covers. */
    public List<Long> siteIds(DataScope scope) {
        return organisation.sitesIn(scope).stream().map(SiteId::value).toList();
    }

    /** The sites a scope covers, by name, for pickers. */
    public List<Named> sites(DataScope scope) {
        var ids = siteIds(scope);
        return organisation.siteNames().stream().filter(s -> ids.contains(s.id())).toList();
    }

    public Map<Long, String> siteNames() {
        return organisation.siteNames().stream().collect(Collectors.toMap(Named::id, Named::name));
    }

    public Map<Long, String> branchNames() {
        return organisation.branchNames().stream().collect(Collectors.toMap(b -> b.id().value(), BranchChoice::name));
    }

    /** The branches a scope may take staff on for: every branch company-wide, its own for a branch user. */
    public List<Named> branches(DataScope scope) {
        if (!scope.isCompanyWide() && scope.level() != ScopeLevel.BRANCH) {
            return List.of();
        }
        return organisation.branchChoices(scope).stream().map(b -> new Named(b.id().value(), b.name())).toList();
    }

    /** Active posts of the sites a scope covers. */
    public List<SitePost> posts(DataScope scope) {
        return organisation.postsOf(organisation.sitesIn(scope));
    }

    public Map<Long, SitePost> postsById(DataScope scope) {
        return posts(scope).stream().collect(Collectors.toMap(SitePost::id, Function.identity()));
    }

    /** Refuses (as not found) a site outside the scope. */
    public void requireInScope(DataScope scope, long siteId) {
        if (!organisation.covers(scope, new SiteId(siteId))) {
            throw new NotFoundException("entity.site", siteId);
        }
    }

    /** Refuses a post that is not an active post of the site. */
    public void requirePostOfSite(long siteId, long postId) {
        boolean found = organisation.postsOf(List.of(new SiteId(siteId))).stream().anyMatch(p -> p.id() == postId);
        if (!found) {
            throw new NotFoundException("entity.post", postId);
        }
    }

    public long branchOf(long siteId) {
        return organisation.branchOf(new SiteId(siteId)).orElseThrow(() -> new NotFoundException("entity.site", siteId)).value();
    }

    public long siteByCode(String code) {
        return organisation.siteByCode(code).orElseThrow(() -> new NotFoundException("entity.site", code)).value();
    }

}
