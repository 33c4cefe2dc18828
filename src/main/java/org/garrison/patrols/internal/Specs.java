package org.garrison.patrols.internal;

import java.util.Collection;

import org.springframework.data.jpa.domain.Specification;

/**
 * Conditions patrol queries add to the sites of a scope ({@code OrganisationManagement.siteFilter}): an entity
 * by id, by ids, or an attribute with a value.
 */
final class Specs {

    private Specs() {
    }

    static <T> Specification<T> id(long id) {
        return is("id", id);
    }

    static <T> Specification<T> idIn(Collection<Long> ids) {
        return (root, query, cb) -> root.get("id").in(ids);
    }

    static <T> Specification<T> is(String attribute, Object value) {
        return (root, query, cb) -> cb.equal(root.get(attribute), value);
    }

}
