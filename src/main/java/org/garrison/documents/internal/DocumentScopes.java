package org.garrison.documents.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.garrison.organisation.SiteFilter;
import org.garrison.shared.ScopeLevel;
import org.springframework.data.jpa.domain.Specification;

/**
 * The documents a reader may see, as a {@code WHERE} clause: confidential ones only with the permission;
 * company-wide readers see every site, other staff the sites of their scope plus documents of no site,
 * client users only public documents of their own sites.
 */
final class DocumentScopes {

    private DocumentScopes() {
    }

    static Specification<Document> visibleTo(Reader reader, SiteFilter sitesInScope) {
        return (root, query, cb) -> {
            List<Predicate> rules = new ArrayList<>();
            var confidentiality = root.<Confidentiality>get("confidentiality");
            if (!reader.seesConfidential()) {
                rules.add(cb.notEqual(confidentiality, Confidentiality.CONFIDENTIAL));
            }
            var site = root.<Long>get("siteId");
            var ofOwnSites = sitesInScope.<Document>on("siteId").toPredicate(root, query, cb);
            if (reader.scope().level() == ScopeLevel.CLIENT) {
                rules.add(cb.equal(confidentiality, Confidentiality.PUBLIC));
                rules.add(ofOwnSites);
            }
            else if (!reader.scope().isCompanyWide()) {
                rules.add(cb.or(cb.isNull(site), ofOwnSites));
            }
            return cb.and(rules.toArray(Predicate[]::new));
        };
    }

    static Specification<Document> withId(long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }

}
