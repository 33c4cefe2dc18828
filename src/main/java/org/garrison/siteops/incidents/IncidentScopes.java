package org.garrison.siteops.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.garrison.organisation.SiteFilter;
import org.garrison.siteops.incidents.Views.IncidentFilter;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/** Incidents as {@code WHERE} clauses: those of the sites in scope, matching a filter. */
final class IncidentScopes {

    private IncidentScopes() {
    }

    static Specification<Incident> atSites(SiteFilter sites) {
        return sites.on("siteId");
    }

    static Specification<Incident> withId(long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }

    static Specification<Incident> numbered(String number) {
        return (root, query, cb) -> cb.equal(root.get("incidentNumber"), number);
    }

    static Specification<Incident> occurredBetween(@Nullable Instant from, @Nullable Instant until) {
        return (root, query, cb) -> {
            List<Predicate> rules = new ArrayList<>();
            if (from != null) {
                rules.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
            }
            if (until != null) {
                rules.add(cb.lessThan(root.get("occurredAt"), until));
            }
            return cb.and(rules.toArray(Predicate[]::new));
        };
    }

    static Specification<Incident> matching(IncidentFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> rules = new ArrayList<>();
            if (filter.siteId() != null) {
                rules.add(cb.equal(root.get("siteId"), filter.siteId()));
            }
            if (filter.type() != null) {
                rules.add(cb.equal(root.get("incidentType"), filter.type()));
            }
            if (filter.status() != null) {
                rules.add(cb.equal(root.get("status"), filter.status()));
            }
            return cb.and(rules.toArray(Predicate[]::new));
        };
    }

}
