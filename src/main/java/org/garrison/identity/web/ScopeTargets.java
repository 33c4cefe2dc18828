package org.garrison.identity.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.Named;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;

/**
 * The branches, sites and clients a user's data scope can refer to: the choices of the user form and
 * the names shown beside a scope.
 */
final class ScopeTargets {

    private final List<Named> branches;

    private final List<Named> sites;

    private final List<Named> clients;

    private final Map<ScopeLevel, Map<Long, String>> names;

    private ScopeTargets(List<Named> branches, List<Named> sites, List<Named> clients) {
        this.branches = branches;
        this.sites = sites;
        this.clients = clients;
        this.names = Map.of(ScopeLevel.BRANCH, byId(branches), ScopeLevel.SITE, byId(sites), ScopeLevel.OWN, byId(sites),
                ScopeLevel.CLIENT, byId(clients));
    }

    static ScopeTargets of(OrganisationManagement organisation) {
        return new ScopeTargets(
                organisation.branchNames().stream().map(b -> new Named(b.id().value(), b.name())).toList(),
                organisation.siteNames(),
                organisation.clientNames().stream().map(c -> new Named(c.id().value(), c.name())).toList());
    }

    public List<Named> branches() {
        return branches;
    }

    public List<Named> sites() {
        return sites;
    }

    public List<Named> clients() {
        return clients;
    }

    /** The name of the branch, site or client a scope refers to; {@code null} for the whole company or none. */
    @Nullable String nameOf(ScopeLevel level, @Nullable Long refId) {
        return refId == null ? null : names.getOrDefault(level, Map.of()).get(refId);
    }

    private static Map<Long, String> byId(List<Named> named) {
        return named.stream().collect(Collectors.toMap(Named::id, Named::name, (a, b) -> a));
    }

}
