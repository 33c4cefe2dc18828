package org.garrison.siteops.access;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.SiteFilter;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.Like;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ResidentIds;
import org.garrison.shared.SiteId;
import org.garrison.shared.Texts;
import org.garrison.siteops.access.AccessViews.WatchRow;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The watch list (黑名单) of ID numbers and plates. Entries for every site are kept by company-wide users;
 * others keep the entries of the sites in their scope.
 */
@Service
public class WatchList {

    private static final Sort NEWEST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final WatchEntryRepository entries;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    WatchList(WatchEntryRepository entries, OrganisationManagement organisation, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** The entries that apply at the scope's sites (including those for every site), newest first. */
    @Transactional(readOnly = true)
    public List<WatchRow> list(CurrentUser user) {
        return rows(entries.findAll(visibleAt(organisation.siteFilter(user.scope())), NEWEST));
    }

    /**
     * One page of the entries that apply at the scope's sites, newest first, paged in the query: only those kept for
     * {@code siteId} when given, of {@code kind} when given, whose value or reason contains {@code text} when given.
     */
    @Transactional(readOnly = true)
    public Page<WatchRow> page(CurrentUser user, @Nullable Long siteId, WatchEntry.@Nullable Kind kind, @Nullable String text,
            Pageable pageable) {
        Specification<WatchEntry> shown = visibleAt(organisation.siteFilter(user.scope()));
        if (siteId != null) {
            shown = shown.and((root, query, cb) -> cb.equal(root.get("siteId"), siteId));
        }
        if (kind != null) {
            shown = shown.and((root, query, cb) -> cb.equal(root.get("watchKind"), kind));
        }
        String like = Like.containingLowerCase(Texts.blankToNull(text));
        if (like != null) {
            shown = shown.and((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("watchValue")), like, Like.ESCAPE),
                    cb.like(cb.lower(root.get("reason")), like, Like.ESCAPE)));
        }
        var found = entries.findAll(shown, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST));
        return new PageImpl<>(rows(found.getContent()), found.getPageable(), found.getTotalElements());
    }

    /** One entry as the list shows it, if the user sees it. */
    @Transactional(readOnly = true)
    public Optional<WatchRow> row(CurrentUser user, long id) {
        Specification<WatchEntry> withId = (root, query, cb) -> cb.equal(root.get("id"), id);
        return entries.findOne(visibleAt(organisation.siteFilter(user.scope())).and(withId))
            .map(entry -> rows(List.of(entry)).get(0));
    }

    private List<WatchRow> rows(List<WatchEntry> found) {
        var names = organisation.siteNamesById(found.stream().map(WatchEntry::getSiteId).toList());
        return found.stream()
            .map(w -> new WatchRow(w.getId(), w.getSiteId(), w.getSiteId() == null ? "" : names.getOrDefault(w.getSiteId(), ""),
                    w.getWatchKind(), w.getWatchValue(), w.getReason(), w.getCreatedAt(), w.getCreatedBy()))
            .toList();
    }

    /**
     * Watches an ID number or plate at one site, or at every site ({@code siteId} {@code null}, company-wide
     * users only).
     */
    @Transactional
    public WatchEntry add(CurrentUser user, @Nullable Long siteId, WatchEntry.Kind kind, String value, String reason) {
        requireMayKeep(user, siteId);
        String normalised = kind == WatchEntry.Kind.VEHICLE ? Plates.normalise(value) : ResidentIds.normalise(value);
        if (kind == WatchEntry.Kind.VEHICLE && !Plates.isValid(normalised)) {
            throw new DomainException("siteops.access.plateInvalid", value.strip());
        }
        if (normalised.length() < 5 || normalised.length() > 40) {
            throw new DomainException("siteops.access.idNumberInvalid", value.strip());
        }
        if (Texts.blankToNull(reason) == null) {
            throw new DomainException("siteops.watch.reasonRequired");
        }
        var entry = entries.save(new WatchEntry(siteId, kind, normalised, reason, clock.instant(), user.displayName()));
        events.publishEvent(AuditedChange.of("CREATE", "WatchEntry", entry.getId(), normalised, null,
                Map.of("kind", kind, "value", normalised, "reason", entry.getReason())));
        return entry;
    }

    @Transactional
    public void remove(CurrentUser user, long id) {
        var entry = entries.findById(id).orElseThrow(() -> new NotFoundException("entity.watchEntry", id));
        try {
            requireMayKeep(user, entry.getSiteId());
        }
        catch (DomainException ex) {
            throw new NotFoundException("entity.watchEntry", id);
        }
        entries.delete(entry);
        events.publishEvent(AuditedChange.of("DELETE", "WatchEntry", id, entry.getWatchValue(),
                Map.of("kind", entry.getWatchKind(), "value", entry.getWatchValue()), null));
    }

    /** The entries for every site and those for the sites in scope. */
    private static Specification<WatchEntry> visibleAt(SiteFilter sites) {
        Specification<WatchEntry> atScope = sites.on("siteId");
        return Specification.<WatchEntry>where((root, query, cb) -> cb.isNull(root.get("siteId"))).or(atScope);
    }

    private void requireMayKeep(CurrentUser user, @Nullable Long siteId) {
        if (siteId == null) {
            if (!user.scope().isCompanyWide()) {
                throw new DomainException("siteops.watch.companyWideOnly");
            }
            return;
        }
        organisation.requireSite(user.scope(), new SiteId(siteId));
    }

}
