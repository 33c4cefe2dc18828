package org.garrison.audit.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.hibernate.jpa.HibernateHints;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searching, reading and exporting the audit log, always within the reader's data scope. */
@Service
public class AuditLog {

    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 200;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final AuditEntryRepository entries;

    private final EntityManager entityManager;

    private final AuditSettings settings;

    AuditLog(AuditEntryRepository entries, EntityManager entityManager, AuditSettings settings) {
        this.entries = entries;
        this.entityManager = entityManager;
        this.settings = settings;
    }

    /** One page of the entries matching the filter, newest first; page and size are clamped to sane values. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(Filter filter, DataScope scope, int page, int size) {
        return entries.findAll(AuditQueries.visibleTo(scope).and(AuditQueries.matching(filter)),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE), NEWEST_FIRST));
    }

    /** One entry; {@link NotFoundException} when it does not exist or lies outside the scope. */
    @Transactional(readOnly = true)
    public AuditEntry entry(long id, DataScope scope) {
        return entries.findOne(AuditQueries.visibleTo(scope).and(AuditQueries.withId(id)))
            .orElseThrow(() -> new NotFoundException("entity.auditEntry", id));
    }

    /**
     * Hands the newest {@link #exportLimit()} entries matching the filter to {@code row}, newest first,
     * one at a time from an open cursor, so an export never holds them all in memory.
     *
     * @return how many entries were handed over
     */
    @Transactional(readOnly = true)
    public int export(Filter filter, DataScope scope, Consumer<AuditEntry> row) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(AuditEntry.class);
        var root = query.from(AuditEntry.class);
        var where = AuditQueries.visibleTo(scope).and(AuditQueries.matching(filter)).toPredicate(root, query, cb);
        if (where != null) {
            query.where(where);
        }
        query.orderBy(cb.desc(root.get("occurredAt")), cb.desc(root.get("id")));
        int count = 0;
        try (var rows = entityManager.createQuery(query)
            .setMaxResults(settings.exportLimit())
            .setHint(HibernateHints.HINT_FETCH_SIZE, 500)
            .setHint(HibernateHints.HINT_READ_ONLY, true)
            .getResultStream()) {
            for (var iterator = rows.iterator(); iterator.hasNext();) {
                AuditEntry entry = iterator.next();
                row.accept(entry);
                entityManager.detach(entry);
                count++;
            }
        }
        return count;
    }

    /** The most entries one export holds. */
    public int exportLimit() {
        return settings.exportLimit();
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

    /**
     * What to look for; blank or {@code null} criteria match everything.
     *
     * @param actor the actor's user name, ignoring case
     * @param from the earliest time, inclusive
     * @param to the latest time, exclusive
     */
    public record Filter(@Nullable String actor, @Nullable String action, @Nullable String entityType,
            @Nullable String entityId, @Nullable Instant from, @Nullable Instant to) {
    }

}
