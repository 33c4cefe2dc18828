package org.garrison.audit.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searching the audit log. */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;

    AuditLog(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> search(Filter filter, int page, int size) {
        Specification<AuditEntry> spec = (r, q, cb) -> cb.conjunction();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            String actor = filter.actor().strip().toLowerCase(Locale.ROOT);
            spec = spec.and((r, q, cb) -> cb.equal(cb.lower(r.get("actorName")), actor));
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("action"), filter.action()));
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("entityType"), filter.entityType()));
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("entityId"), filter.entityId().strip()));
        }
        if (filter.from() != null) {
            spec = spec.and((r, q, cb) -> cb.greaterThanOrEqualTo(r.get("occurredAt"), filter.from()));
        }
        if (filter.to() != null) {
            spec = spec.and((r, q, cb) -> cb.lessThan(r.get("occurredAt"), filter.to()));
        }
        return entries.findAll(spec, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
    }

    /** The kinds of entity that appear in the log, for the filter drop-down. */
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return entries.entityTypes();
    }

    /** The actions that appear in the log, for the filter drop-down. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return entries.actions();
    }

    public record Filter(@Nullable String actor, @Nullable String action, @Nullable String entityType,
            @Nullable String entityId, @Nullable Instant from, @Nullable Instant to) {
    }

}
