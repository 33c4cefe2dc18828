package org.garrison.identity.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;

/**
 * The branches, sites and clients a user's data scope can refer to: the choices of the user form and
 * the names shown beside a scope.
 */
final class ScopeTargets {

    private final List<Target> branches;

    private final List<Target> sites;

    private final List<Target> clients;

    private final Map<ScopeLevel, Map<Long, String>> names;

    private ScopeTargets(List<Target> branches, List<Target> sites, List<Target> clients) {
        this.branches = branches;
        this.sites = sites;
        this.clients = clients;
        this.names = Map.of(ScopeLevel.BRANCH, byId(branches), ScopeLevel.SITE, byId(sites), ScopeLevel.OWN, byId(sites),
                ScopeLevel.CLIENT, byId(clients));
    }

    static ScopeTargets of(OrganisationManagement organisation) {
        return new ScopeTargets(
                organisation.branchNames().stream().map(b -> new Target(b.id().value(), b.name())).toList(),
                organisation.everySite().stream().map(s -> new Target(s.id().value(), s.name())).toList(),
                organisation.clientNames().stream().map(c -> new Target(c.id().value(), c.name())).toList());
    }

    public List<Target> branches() {
        return branches;
    }

    public List<Target> sites() {
        return sites;
    }

    public List<Target> clients() {
        return clients;
    }

    /** The name of the branch, site or client a scope refers to; {@code null} for the whole company or none. */
    @Nullable String nameOf(ScopeLevel level, @Nullable Long refId) {
        return refId == null ? null : names.getOrDefault(level, Map.of()).get(refId);
    }

    private static Map<Long, String> byId(List<Target> named) {
        return named.stream().collect(Collectors.toMap(Target::id, Target::name, (a, b) -> a));
    }

    /** A branch, site or client to choose as a scope, by id and name. */
    public record Target(long id, String name) {
    }

}
