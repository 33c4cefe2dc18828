package org.garrison.organisation;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.internal.BranchRepository;
import org.garrison.organisation.internal.ClientContacts;
import org.garrison.organisation.internal.ClientRepository;
import org.garrison.organisation.internal.Clients;
import org.garrison.organisation.internal.OrgStructure;
import org.garrison.organisation.internal.OrgStructure.SiteDetails;
import org.garrison.organisation.internal.PostKind;
import org.garrison.organisation.internal.PostRepository;
import org.garrison.organisation.internal.Scopes;
import org.garrison.organisation.internal.SiteRepository;
import org.garrison.shared.BranchId;
import org.garrison.shared.ClientId;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.PostId;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules ask of the organisation: the sites a scope covers, and names for pickers. */
@Service
@Transactional(readOnly = true)
public class OrganisationManagement {

    private final BranchRepository branches;

    private final SiteRepository sites;

    private final ClientRepository clients;

    private final PostRepository posts;

    private final OrgStructure structure;

    private final ClientContacts contacts;

    private final Clients clientRecords;

    OrganisationManagement(BranchRepository branches, SiteRepository sites, ClientRepository clients,
            PostRepository posts, OrgStructure structure, ClientContacts contacts, Clients clientRecords) {
        this.contacts = contacts;
        this.clientRecords = clientRecords;
        this.branches = branches;
        this.sites = sites;
        this.clients = clients;
        this.posts = posts;
        this.structure = structure;
    }

    /** Whether the branch, site or client a scope would refer to exists. */
    public boolean scopeTargetExists(ScopeLevel level, long refId) {
        return switch (level) {
            case BRANCH -> branches.existsById(refId);
            case SITE, OWN -> sites.existsById(refId);
            case CLIENT -> clients.existsById(refId);
            case COMPANY -> true;
        };
    }

    /** The name of the branch, site or client a scope refers to (for OWN, the user's site), if any. */
    public java.util.Optional<String> scopeTargetName(DataScope scope) {
        Long ref = scope.refId();
        if (ref == null) {
            return java.util.Optional.empty();
        }
        return switch (scope.level()) {
            case BRANCH -> branches.findById(ref).map(b -> b.getName());
            case SITE, OWN -> sites.findById(ref).map(s -> s.getName());
            case CLIENT -> clients.findById(ref).map(c -> c.getName());
            case COMPANY -> java.util.Optional.empty();
        };
    }

    /** Whether a data scope covers the site (e.g. to choose who is told about something at that site). */
    public boolean covers(DataScope scope, SiteId site) {
        return sites.exists(Scopes.sites(scope).and((r, q, cb) -> cb.equal(r.get("id"), site.value())));
    }

    /** How many sites a data scope covers. */
    public long countSitesIn(DataScope scope) {
        return sites.count(Scopes.sites(scope));
    }

    /**
     * The sites a data scope covers, as a condition for another module's own queries (SQL or JPA): the
     * one way modules restrict rows to a user's sites.
     */
    public SiteFilter siteFilter(DataScope scope) {
        return new SiteFilter(scope);
    }

    /**
     * The clients a data scope covers, as a condition for another module's own JPA queries on a client id
     * (e.g. contracts): no client ids are loaded first.
     */
    public ClientFilter clientFilter(DataScope scope) {
        return new ClientFilter(scope);
    }

    /** The client's register entry, if the scope covers the client. */
    public java.util.Optional<ClientRecord> client(DataScope scope, ClientId client) {
        return clients.findOne(Scopes.clients(scope).and((r, q, cb) -> cb.equal(r.get("id"), client.value())))
            .map(c -> new ClientRecord(new ClientId(c.getId()), c.getName(), c.getIndustry(), c.getAddress(), c.getPhone(),
                    c.getStatus().name()));
    }

    /**
     * Refuses a client the scope does not cover as if it did not exist.
     *
     * @throws NotFoundException {@code entity.client} when the scope does not cover the client (or it does not exist)
     */
    public void requireClient(DataScope scope, ClientId client) {
        if (!clients.exists(Scopes.clients(scope).and((r, q, cb) -> cb.equal(r.get("id"), client.value())))) {
            throw new NotFoundException("entity.client", client.value());
        }
    }

    /** The names of these clients (whatever the scope: for rows the caller already found in scope). */
    public Map<ClientId, String> clientNames(Collection<ClientId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var names = new LinkedHashMap<ClientId, String>();
        clients.findAllById(ids.stream().map(ClientId::value).distinct().toList())
            .forEach(c -> names.put(new ClientId(c.getId()), c.getName()));
        return names;
    }

    /** The sites a scope covers, in code order, for pickers. */
    public List<SiteChoice> siteChoices(DataScope scope) {
        return sites.findAll(Scopes.sites(scope), Sort.by("code"))
            .stream()
            .map(s -> new SiteChoice(new SiteId(s.getId()), s.getCode(), s.getName()))
            .toList();
    }

    /**
     * Refuses a site the scope does not cover as if it did not exist.
     *
     * @throws NotFoundException {@code entity.site} when the scope does not cover the site (or it does not exist)
     */
    public void requireSite(DataScope scope, SiteId site) {
        if (!covers(scope, site)) {
            throw new NotFoundException("entity.site", site.value());
        }
    }

    /** The names of these sites (whatever the scope: for rows the caller already found in scope). */
    public Map<SiteId, String> siteNames(Collection<SiteId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var names = new LinkedHashMap<SiteId, String>();
        sites.findAllById(ids.stream().map(SiteId::value).distinct().toList())
            .stream()
            .sorted(Comparator.comparing(s -> s.getCode()))
            .forEach(s -> names.put(new SiteId(s.getId()), s.getName()));
        return names;
    }

    /**
     * The names of these sites keyed by their raw ids, in code order, for pages that look a row's site up
     * ({@code siteNames[row.siteId]}); null ids (rows without a site) are skipped, a site that is gone is left out.
     * Whatever the scope: for rows the caller already found in scope.
     */
    public Map<Long, String> siteNamesById(Collection<? extends @Nullable Long> ids) {
        var names = new LinkedHashMap<Long, String>();
        siteNames(ids.stream().filter(java.util.Objects::nonNull).map(SiteId::new).toList())
            .forEach((site, name) -> names.put(site.value(), name));
        return names;
    }

    /** The name of one site, or "" when it is gone (whatever the scope: for a row already found in scope). */
    public String siteName(SiteId site) {
        return sites.findById(site.value()).map(s -> s.getName()).orElse("");
    }

    /** The sites a scope covers by raw id and name, in code order, for pages that list them and offer them to pick. */
    public Map<Long, String> siteNamesIn(DataScope scope) {
        var names = new LinkedHashMap<Long, String>();
        siteChoices(scope).forEach(s -> names.put(s.id().value(), s.name()));
        return names;
    }

    /** The active posts of the sites a scope covers, ordered by site and name (e.g. to post a guard). */
    public List<PostChoice> postsIn(DataScope scope) {
        return posts.findAll(Scopes.posts(scope).and((r, q, cb) -> cb.isTrue(r.get("active"))),
                Sort.by("siteId", "name"))
            .stream()
            .map(p -> new PostChoice(new PostId(p.getId()), new SiteId(p.getSiteId()), p.getName()))
            .toList();
    }

    /**
     * Refuses a post that is not an active post of the site.
     *
     * @throws NotFoundException {@code entity.post} when it is not
     */
    public void requirePostOfSite(SiteId site, PostId post) {
        boolean found = posts.exists((r, q, cb) -> cb.and(cb.equal(r.get("id"), post.value()),
                cb.equal(r.get("siteId"), site.value()), cb.isTrue(r.get("active"))));
        if (!found) {
            throw new NotFoundException("entity.post", post.value());
        }
    }

    /** The branches a scope covers (every branch company-wide), in code order, for pickers. */
    public List<BranchChoice> branchChoices(DataScope scope) {
        return branches.findAll(Scopes.branches(scope), Sort.by("code"))
            .stream()
            .map(b -> new BranchChoice(new BranchId(b.getId()), b.getName()))
            .toList();
    }

    /** Every branch, site and client by id and name, for choosing a user's scope. */
    public List<BranchChoice> branchNames() {
        return branches.findAllByOrderByCodeAsc().stream().map(b -> new BranchChoice(new BranchId(b.getId()), b.getName())).toList();
    }

    /** Every branch's name keyed by its raw id, in code order (a handful of branches). */
    public Map<Long, String> branchNamesById() {
        var names = new LinkedHashMap<Long, String>();
        branchNames().forEach(b -> names.put(b.id().value(), b.name()));
        return names;
    }

    /**
     * Every site of the company in code order, for the few company-wide pickers (an administrator choosing a
     * user's scope or a robot's sites); a page of one scope uses {@link #siteChoices(DataScope)}.
     */
    public List<SiteChoice> everySite() {
        return sites.findAll(Sort.by("code")).stream()
            .map(s -> new SiteChoice(new SiteId(s.getId()), s.getCode(), s.getName()))
            .toList();
    }

    public List<ClientChoice> clientNames() {
        return clients.findAll(Sort.by("name")).stream().map(c -> new ClientChoice(new ClientId(c.getId()), c.getName())).toList();
    }

    /** The branch with this code (codes are unique), e.g. for seeding and imports. */
    public java.util.Optional<BranchId> branchByCode(String code) {
        return branches.findOne((r, q, cb) -> cb.equal(r.get("code"), code)).map(b -> new BranchId(b.getId()));
    }

    /** The site with this code (codes are unique). */
    public java.util.Optional<SiteId> siteByCode(String code) {
        return sites.findOne((r, q, cb) -> cb.equal(r.get("code"), code)).map(s -> new SiteId(s.getId()));
    }

    /** The client with this name (names are unique, ignoring case). */
    public java.util.Optional<ClientId> clientByName(String name) {
        return clients.findOne((r, q, cb) -> cb.equal(cb.lower(r.get("name")), name.toLowerCase(java.util.Locale.ROOT)))
            .map(c -> new ClientId(c.getId()));
    }

    /**
     * The client of each of these sites the scope covers, in one query ({@code null}: a site without a client); a site
     * the scope does not cover, or that does not exist, is left out.
     */
    public Map<SiteId, @Nullable Long> clientsOfSites(DataScope scope, Collection<SiteId> ids) {
        var found = new LinkedHashMap<SiteId, @Nullable Long>();
        if (ids.isEmpty()) {
            return found;
        }
        var wanted = ids.stream().map(SiteId::value).distinct().toList();
        sites.findAll(Scopes.sites(scope).and((r, q, cb) -> r.get("id").in(wanted)))
            .forEach(s -> found.put(new SiteId(s.getId()), s.getClientId()));
        return found;
    }

    /** The branch a site belongs to. */
    public java.util.Optional<BranchId> branchOf(SiteId site) {
        return sites.findById(site.value()).map(s -> new BranchId(s.getBranchId()));
    }

    /** The clients a data scope covers, by name (e.g. for exports). */
    public List<ClientRecord> clientsIn(DataScope scope) {
        return clients.findAll(Scopes.clients(scope), Sort.by("name"))
            .stream()
            .map(c -> new ClientRecord(new ClientId(c.getId()), c.getName(), c.getIndustry(), c.getAddress(), c.getPhone(),
                    c.getStatus().name()))
            .toList();
    }

    /** The client's sites within a data scope, by code (a site outside the scope is left out). */
    public List<SiteRecord> sitesOf(DataScope scope, ClientId client) {
        return sites.findAll(Scopes.sites(scope).and((r, q, cb) -> cb.equal(r.get("clientId"), client.value())),
                Sort.by("code"))
            .stream()
            .map(s -> new SiteRecord(new SiteId(s.getId()), s.getCode(), s.getName()))
            .toList();
    }

    /**
     * The client's site with this code, created in the branch when no site has the code yet (a site
     * without a client is given this client). Audited like a change on the organisation pages.
     *
     * @throws DomainException {@code org.siteOfAnotherClient} when the code belongs to another client's site
     */
    @Transactional
    public SiteId siteForClient(BranchId branch, ClientId client, String code, String name) {
        String normalised = code.strip().toUpperCase(java.util.Locale.ROOT);
        var existing = sites.findOne((r, q, cb) -> cb.equal(r.get("code"), normalised));
        if (existing.isEmpty()) {
            return new SiteId(structure.createSite(DataScope.company(0),
                    new SiteDetails(branch.value(), client.value(), normalised, name.strip(), null)).getId());
        }
        var site = existing.get();
        if (site.getClientId() != null && site.getClientId() != client.value()) {
            throw new DomainException("org.siteOfAnotherClient", normalised);
        }
        if (site.getClientId() == null) {
            structure.updateSite(DataScope.company(0), site.getId(), new SiteDetails(site.getBranchId(),
                    client.value(), site.getCode(), site.getName(), site.getAddress()), site.isActive());
        }
        return new SiteId(site.getId());
    }

    /** The site's post with this name, created (kind "other") when the site has none by that name. */
    @Transactional
    public PostId postAt(SiteId site, String name) {
        return posts.findOne((r, q, cb) -> cb.and(cb.equal(r.get("siteId"), site.value()),
                cb.equal(r.get("name"), name.strip())))
            .map(p -> new PostId(p.getId()))
            .orElseGet(() -> new PostId(
                    structure.createPost(DataScope.company(0), site.value(), name.strip(), PostKind.OTHER).getId()));
    }

    /** The client's contacts with their roles, if the scope covers the client (else not found). */
    public List<ContactRecord> contactsOf(DataScope scope, ClientId client) {
        return contacts.of(scope, client.value())
            .stream()
            .map(c -> new ContactRecord(new ContactId(c.getId()), c.getName(), c.getRole(), c.getPhone(), c.getEmail(),
                    c.getUserId() == null ? null : new UserId(c.getUserId())))
            .toList();
    }

    /**
     * Records the portal account made for a contact.
     *
     * @throws DomainException {@code client.contact.hasUser} when the contact has one already
     */
    @Transactional
    public void linkContactUser(ContactId contact, UserId user) {
        contacts.linkUser(contact.value(), user.value());
    }

    /** A client that signed a contract is an active client (audited when its status changes). */
    @Transactional
    public void clientSigned(ClientId client) {
        clientRecords.activate(client.value());
    }

    /** A site a user may pick. */
    public record SiteChoice(SiteId id, String code, String name) {
    }

    /** An active post with the site it belongs to. */
    public record PostChoice(PostId id, SiteId site, String name) {
    }

    /** A branch a user may pick. */
    public record BranchChoice(BranchId id, String name) {
    }

    /** A client a user may pick. */
    public record ClientChoice(ClientId id, String name) {
    }

    /** One of a client's contacts; {@code userId} is the contact's portal account, if any. */
    public record ContactRecord(ContactId id, String name, String role, @Nullable String phone, @Nullable String email,
            @Nullable UserId userId) {
    }

    /** A site by id, code and name. */
    public record SiteRecord(SiteId id, String code, String name) {
    }

    /** A client's register entry; {@code status} is PROSPECT, ACTIVE or FORMER. */
    public record ClientRecord(ClientId id, String name, @Nullable String industry, @Nullable String address,
            @Nullable String phone, String status) {
    }

}
