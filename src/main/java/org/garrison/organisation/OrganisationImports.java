package org.garrison.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.garrison.organisation.internal.ClientContacts;
import org.garrison.organisation.internal.ClientStatus;
import org.garrison.organisation.internal.ClientTags;
import org.garrison.organisation.internal.Clients;
import org.garrison.organisation.internal.Clients.ClientDetails;
import org.garrison.organisation.internal.OrgStructure;
import org.garrison.organisation.internal.OrgStructure.SiteDetails;
import org.garrison.organisation.internal.PostKind;
import org.garrison.shared.ClientId;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.ImportOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rows of a company's spreadsheets taken into the register: a client with one of its contacts, a site with one
 * of its posts. Each call is one transaction through the organisation's own services (their checks and audit),
 * so a refused row leaves nothing behind. Records are found by their natural keys (a client by name, ignoring
 * case; a contact by name within its client; a site by code; a post by name within its site), so the same row
 * imported again changes nothing. An empty optional value leaves the recorded one as it is.
 */
@Service
@Transactional
public class OrganisationImports {

    private final Clients clients;

    private final ClientContacts contacts;

    private final OrgStructure structure;

    private final OrganisationManagement organisation;

    OrganisationImports(Clients clients, ClientContacts contacts, OrgStructure structure,
            OrganisationManagement organisation) {
        this.clients = clients;
        this.contacts = contacts;
        this.structure = structure;
        this.organisation = organisation;
    }

    /** The codes of a client's status (labels: {@code client.status.<code>}). */
    @Transactional(readOnly = true)
    public List<String> clientStatuses() {
        return Arrays.stream(ClientStatus.values()).map(Enum::name).toList();
    }

    /** The codes of a post's kind (labels: {@code post.kind.<code>}). */
    @Transactional(readOnly = true)
    public List<String> postKinds() {
        return Arrays.stream(PostKind.values()).map(Enum::name).toList();
    }

    /**
     * The client of this name, made or brought up to the row, and the contact, if the row names one.
     *
     * @throws org.garrison.shared.NotFoundException when the client exists outside the scope
     * @throws DomainException when a check refuses (name or phone taken, unknown status)
     */
    public ImportOutcome client(DataScope scope, ClientRow row, @Nullable ContactRow contact) {
        var existing = organisation.clientByName(row.name().strip());
        ImportOutcome outcome;
        long clientId;
        if (existing.isEmpty()) {
            clientId = clients.create(new ClientDetails(row.name().strip(), row.industry(), row.address(), row.phone(),
                    status(row.status(), ClientStatus.PROSPECT), row.notes(), row.tags())).getId();
            outcome = ImportOutcome.CREATED;
        }
        else {
            clientId = existing.get().value();
            var client = clients.get(scope, clientId);
            var details = new ClientDetails(row.name().strip(), or(row.industry(), client.getIndustry()),
                    or(row.address(), client.getAddress()), or(row.phone(), client.getPhone()),
                    status(row.status(), client.getStatus()), or(row.notes(), client.getNotes()),
                    or(row.tags(), client.getTags()));
            boolean same = client.getName().equals(details.name()) && Objects.equals(client.getIndustry(), details.industry())
                    && Objects.equals(client.getAddress(), details.address())
                    && Objects.equals(client.getPhone(), details.phone()) && client.getStatus() == details.status()
                    && Objects.equals(client.getNotes(), details.notes())
                    && Objects.equals(client.getTags(), ClientTags.normalise(details.tags()));
            if (!same) {
                clients.update(scope, clientId, details);
            }
            outcome = same ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATED;
        }
        return contact == null ? outcome : outcome.and(contact(scope, clientId, contact));
    }

    /**
     * The site of this code, made or brought up to the row, in a branch and for a client within the scope, and
     * its post of this name, if the row names one.
     *
     * @throws org.garrison.shared.NotFoundException when the branch, the client or the existing site is outside
     *     the scope
     * @throws DomainException when a check refuses (the code is another client's site, unknown post kind)
     */
    public ImportOutcome site(DataScope scope, SiteRow row, @Nullable PostRow post) {
        String code = row.code().strip().toUpperCase(Locale.ROOT);
        var existing = organisation.siteByCode(code);
        var details = new SiteDetails(row.branchId(), row.clientId() == null ? null : row.clientId().value(), code,
                row.name().strip(), row.address());
        if (row.clientId() != null) {
            organisation.requireClient(scope, row.clientId());
        }
        ImportOutcome outcome;
        long siteId;
        if (existing.isEmpty()) {
            siteId = structure.createSite(scope, details).getId();
            outcome = ImportOutcome.CREATED;
        }
        else {
            siteId = existing.get().value();
            var site = structure.site(scope, siteId);
            var wanted = new SiteDetails(details.branchId(), details.clientId() == null ? site.getClientId() : details.clientId(),
                    code, details.name(), or(details.address(), site.getAddress()));
            boolean same = site.getBranchId() == wanted.branchId() && Objects.equals(site.getClientId(), wanted.clientId())
                    && site.getName().equals(wanted.name()) && Objects.equals(site.getAddress(), wanted.address());
            if (!same) {
                structure.updateSite(scope, siteId, wanted, site.isActive());
            }
            outcome = same ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATED;
        }
        return post == null ? outcome : outcome.and(post(scope, siteId, post));
    }

    private ImportOutcome contact(DataScope scope, long clientId, ContactRow row) {
        var existing = contacts.of(scope, clientId).stream().filter(c -> c.getName().equals(row.name().strip())).findFirst();
        if (existing.isEmpty()) {
            contacts.add(scope, clientId, row.name(), row.role(), row.phone(), row.email());
            return ImportOutcome.CREATED;
        }
        var contact = existing.get();
        String phone = or(row.phone(), contact.getPhone());
        String email = or(row.email(), contact.getEmail());
        if (contact.getRole().equals(row.role().strip()) && Objects.equals(contact.getPhone(), phone)
                && Objects.equals(contact.getEmail(), email)) {
            return ImportOutcome.UNCHANGED;
        }
        contacts.change(scope, clientId, contact.getId(), row.role(), phone, email);
        return ImportOutcome.UPDATED;
    }

    private ImportOutcome post(DataScope scope, long siteId, PostRow row) {
        String name = row.name().strip();
        var existing = structure.posts(List.of(siteId)).stream().filter(p -> p.getName().equals(name)).findFirst();
        if (existing.isEmpty()) {
            structure.createPost(scope, siteId, name, kind(row.kind(), PostKind.OTHER));
            return ImportOutcome.CREATED;
        }
        var post = existing.get();
        PostKind kind = kind(row.kind(), post.getKind());
        if (kind == post.getKind() && post.isActive()) {
            return ImportOutcome.UNCHANGED;
        }
        structure.updatePost(scope, post.getId(), name, kind, true);
        return ImportOutcome.UPDATED;
    }

    private static ClientStatus status(@Nullable String code, ClientStatus otherwise) {
        if (code == null || code.isBlank()) {
            return otherwise;
        }
        try {
            return ClientStatus.valueOf(code);
        }
        catch (IllegalArgumentException ex) {
            throw new DomainException("org.import.unknownStatus", code);
        }
    }

    private static PostKind kind(@Nullable String code, PostKind otherwise) {
        if (code == null || code.isBlank()) {
            return otherwise;
        }
        try {
            return PostKind.valueOf(code);
        }
        catch (IllegalArgumentException ex) {
            throw new DomainException("org.import.unknownPostKind", code);
        }
    }

    private static @Nullable String or(@Nullable String value, @Nullable String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    /** A client as a row gives it; {@code status} a code of {@link #clientStatuses()}, empty fields left as recorded. */
    public record ClientRow(String name, @Nullable String industry, @Nullable String address, @Nullable String phone,
            @Nullable String status, @Nullable String notes, @Nullable String tags) {
    }

    /** One of a client's contacts as a row gives it. */
    public record ContactRow(String name, String role, @Nullable String phone, @Nullable String email) {
    }

    /** A site as a row gives it: in a branch, for a client (or none). */
    public record SiteRow(long branchId, @Nullable ClientId clientId, String code, String name, @Nullable String address) {
    }

    /** A post of the site as a row gives it; {@code kind} a code of {@link #postKinds()}. */
    public record PostRow(String name, @Nullable String kind) {
    }

}
