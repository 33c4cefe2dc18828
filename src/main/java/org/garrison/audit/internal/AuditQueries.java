package org.garrison.audit.internal;

import java.util.Locale;

import org.garrison.shared.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/** The {@code WHERE} clauses of audit-log queries. */
final class AuditQueries {

    private AuditQueries() {
    }

    /**
     * The entries a user may see. Entries belong to no branch, site or client, so only a company-wide
     * scope sees everyone's entries; any narrower scope sees the user's own actions.
     */
    static Specification<AuditEntry> visibleTo(DataScope scope) {
        if (scope.isCompanyWide()) {
            return (r, q, cb) -> cb.conjunction();
        }
        return (r, q, cb) -> cb.equal(r.get("actorId"), scope.userId());
    }

    static Specification<AuditEntry> matching(AuditLog.Filter filter) {
        Specification<AuditEntry> spec = (r, q, cb) -> cb.conjunction();
        if (hasText(filter.actor())) {
            String actor = filter.actor().strip().toLowerCase(Locale.ROOT);
            spec = spec.and((r, q, cb) -> cb.equal(cb.lower(r.get("actorName")), actor));
        }
        if (hasText(filter.action())) {
            String action = filter.action().strip();
            spec = spec.and((r, q, cb) -> cb.equal(r.get("action"), action));
        }
        if (hasText(filter.entityType())) {
            String entityType = filter.entityType().strip();
            spec = spec.and((r, q, cb) -> cb.equal(r.get("entityType"), entityType));
        }
        if (hasText(filter.entityId())) {
            String entityId = filter.entityId().strip();
            spec = spec.and((r, q, cb) -> cb.equal(r.get("entityId"), entityId));
        }
        if (filter.from() != null) {
            var from = filter.from();
            spec = spec.and((r, q, cb) -> cb.greaterThanOrEqualTo(r.get("occurredAt"), from));
        }
        if (filter.to() != null) {
            var to = filter.to();
            spec = spec.and((r, q, cb) -> cb.lessThan(r.get("occurredAt"), to));
        }
        return spec;
    }

    static Specification<AuditEntry> withId(long id) {
        return (r, q, cb) -> cb.equal(r.get("id"), id);
    }

    private static boolean hasText(@Nullable String text) {
        return text != null && !text.isBlank();
    }

}
