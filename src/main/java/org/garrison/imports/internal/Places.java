package org.garrison.imports.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.BranchId;
import org.garrison.shared.ClientId;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;

/**
 * The branches, sites and posts an importer's data scope covers, looked up by what a spreadsheet calls them (a
 * code or a name, ignoring case and blanks), loaded once per file. A name the scope does not cover refuses the row.
 */
final class Places {

    private final OrganisationManagement organisation;

    private final Map<String, Long> branches = new HashMap<>();

    private final Map<Long, Boolean> branchIds = new HashMap<>();

    private final Map<String, Long> sites = new HashMap<>();

    private final Map<String, Long> posts = new HashMap<>();

    Places(OrganisationManagement organisation, DataScope scope) {
        this.organisation = organisation;
        organisation.branchChoices(scope).forEach(b -> {
            branches.putIfAbsent(Headers.normalise(b.name()), b.id().value());
            branchIds.put(b.id().value(), true);
        });
        organisation.siteChoices(scope).forEach(s -> {
            sites.putIfAbsent(Headers.normalise(s.code()), s.id().value());
            sites.putIfAbsent(Headers.normalise(s.name()), s.id().value());
        });
        organisation.postsIn(scope).forEach(p -> posts.putIfAbsent(p.site().value() + "|" + Headers.normalise(p.name()),
                p.id().value()));
    }

    /** The branch of this name or code within the scope. */
    BranchId branch(String text) {
        Long id = branches.get(Headers.normalise(text));
        if (id == null) {
            id = organisation.branchByCode(text.strip().toUpperCase(Locale.ROOT))
                .map(BranchId::value)
                .filter(branchIds::containsKey)
                .orElseThrow(() -> new DomainException("imports.error.unknownBranch", text));
            branches.put(Headers.normalise(text), id);
        }
        return new BranchId(id);
    }

    /** The site of this code or name (or "code name", as the template lists them) within the scope. */
    SiteId site(String text) {
        Long id = sites.get(Headers.normalise(text));
        String[] parts = text.strip().split("[\\s\\u3000]+", 2);
        if (id == null && parts.length == 2) {
            id = sites.get(Headers.normalise(parts[0]));
        }
        if (id == null) {
            throw new DomainException("imports.error.unknownSite", text);
        }
        return new SiteId(id);
    }

    /** The active post of this name at the site. */
    PostId post(SiteId site, String text) {
        Long id = posts.get(site.value() + "|" + Headers.normalise(text));
        if (id == null) {
            throw new DomainException("imports.error.unknownPost", text);
        }
        return new PostId(id);
    }

    /** The client of this name (whether the scope covers it is the organisation's check). */
    Optional<ClientId> client(String text) {
        return organisation.clientByName(text.strip());
    }

}
