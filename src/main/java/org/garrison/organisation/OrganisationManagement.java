package org.garrison.organisation;

import java.util.List;

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
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
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

    /** The sites a data scope covers. */
    public List<SiteId> sitesIn(DataScope scope) {
        return sites.findAll(Scopes.sites(scope)).stream().map(s -> new SiteId(s.getId())).toList();
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

    /** Every branch, site and client by id and name, for choosing a user's scope. */
    public List<Named> branchNames() {
        return branches.findAllByOrderByCodeAsc().stream().map(b -> new Named(b.getId(), b.getName())).toList();
    }

    public List<Named> siteNames() {
        return sites.findAll(Sort.by("code")).stream().map(s -> new Named(s.getId(), s.getName())).toList();
    }

    public List<Named> clientNames() {
        return clients.findAll(Sort.by("name")).stream().map(c -> new Named(c.getId(), c.getName())).toList();
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

    /** The active posts of sites, by id and name, ordered by site and name (e.g. to post a guard). */
    public List<SitePost> postsOf(java.util.Collection<SiteId> siteIds) {
        var ids = siteIds.stream().map(SiteId::value).toList();
        return ids.isEmpty() ? List.of() : posts.findBySiteIdInOrderBySiteIdAscNameAsc(ids)
            .stream()
            .filter(p -> p.isActive())
            .map(p -> new SitePost(p.getId(), p.getSiteId(), p.getName()))
            .toList();
    }

    /** The branch a site belongs to. */
    public java.util.Optional<BranchId> branchOf(SiteId site) {
        return sites.findById(site.value()).map(s -> new BranchId(s.getBranchId()));
    }

    /** The clients a data scope covers, by name (e.g. for exports). */
    public List<ClientRecord> clientsIn(DataScope scope) {
        return clients.findAll(Scopes.clients(scope), Sort.by("name"))
            .stream()
            .map(c -> new ClientRecord(c.getId(), c.getName(), c.getIndustry(), c.getAddress(), c.getPhone(),
                    c.getStatus().name()))
            .toList();
    }

    /** The client's sites within a data scope, by code (a site outside the scope is left out). */
    public List<SiteRecord> sitesOf(DataScope scope, ClientId client) {
        return sites.findAll(Scopes.sites(scope).and((r, q, cb) -> cb.equal(r.get("clientId"), client.value())),
                Sort.by("code"))
            .stream()
            .map(s -> new SiteRecord(s.getId(), s.getCode(), s.getName()))
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
            .map(c -> new ContactRecord(c.getId(), c.getName(), c.getRole(), c.getPhone(), c.getEmail(), c.getUserId()))
            .toList();
    }

    /**
     * Records the portal account made for a contact.
     *
     * @throws DomainException {@code client.contact.hasUser} when the contact has one already
     */
    @Transactional
    public void linkContactUser(long contactId, long userId) {
        contacts.linkUser(contactId, userId);
    }

    /** A client that signed a contract is an active client (audited when its status changes). */
    @Transactional
    public void clientSigned(ClientId client) {
        clientRecords.activate(client.value());
    }

    /** One of a client's contacts; {@code userId} is the contact's portal account, if any. */
    public record ContactRecord(long id, String name, String role, @Nullable String phone, @Nullable String email,
            @Nullable Long userId) {
    }

    /** A site by id, code and name. */
    public record SiteRecord(long id, String code, String name) {
    }

    /** A client's register entry; {@code status} is PROSPECT, ACTIVE or FORMER. */
    public record ClientRecord(long id, String name, @Nullable String industry, @Nullable String address,
            @Nullable String phone, String status) {
    }

    /** A post with the site it belongs to. */
    public record SitePost(long id, long siteId, String name) {
    }

    /** An id with its display name. */
    public record Named(long id, String name) {
    }

}
