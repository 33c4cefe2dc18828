package org.garrison.duty.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.garrison.duty.internal.HandoverViews.Desk;
import org.garrison.duty.internal.HandoverViews.HandoverDraft;
import org.garrison.duty.internal.HandoverViews.HandoverRow;
import org.garrison.duty.internal.HandoverViews.Outcome;
import org.garrison.duty.internal.HandoverViews.WriteResult;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeopleManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handover book (交接班记录簿): the outgoing guard writes an entry (from the phone, possibly long after, without
 * signal), the incoming guard acknowledges or disputes it once. Every change audited.
 */
@Service
public class HandoverBook {

    public static final String ENTITY = "HandoverEntry";

    private final HandoverRepository entries;

    private final OrganisationManagement organisation;

    private final PeopleManagement people;

    private final HandoverSurroundings surroundings;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    HandoverBook(HandoverRepository entries, OrganisationManagement organisation, PeopleManagement people,
            HandoverSurroundings surroundings, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.organisation = organisation;
        this.people = people;
        this.surroundings = surroundings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores an entry written by the signed-in guard (the outgoing one); an entry whose phone-made id is stored
     * already is answered as a duplicate and changes nothing.
     *
     * @throws DomainException when the user is no employee, the incoming guard is not at the site, or is himself
     */
    @Transactional
    public WriteResult write(CurrentUser user, HandoverDraft draft) {
        var stored = entries.findByClientId(draft.clientId());
        if (stored.isPresent()) {
            return new WriteResult(draft.clientId(), Outcome.DUPLICATE, stored.get().getId(), null, null);
        }
        var site = new SiteId(draft.siteId());
        if (!organisation.covers(user.scope(), site)) {
            throw new DomainException("duty.siteOutOfScope");
        }
        if (draft.postId() != null) {
            organisation.requirePostOfSite(site, new PostId(draft.postId()));
        }
        EmployeeId outgoing = employeeOf(user);
        var incoming = people.colleaguesAt(site)
            .stream()
            .filter(c -> c.id().value() == draft.incomingId())
            .findFirst()
            .orElseThrow(() -> new DomainException("duty.handover.incomingNotAtSite"));
        Instant now = clock.instant();
        Instant handedAt = draft.handedAt() == null || draft.handedAt().isAfter(now) ? now : draft.handedAt();
        var entry = entries.save(new HandoverEntry(draft.clientId(), site.value(), draft.postId(), outgoing.value(),
                people.nameOf(outgoing), incoming.id().value(), incoming.name(), handedAt, now, draft.items(),
                surroundings.visitors(user.scope(), site), draft.pending()));
        LocalDate day = LocalDate.ofInstant(handedAt, clock.getZone());
        entry.passBetween(surroundings.shiftEnding(outgoing, site, handedAt, day),
                surroundings.shiftStarting(incoming.id(), site, handedAt, day));
        events.publishEvent(AuditedChange.of("CREATE", ENTITY, entry.getId(), entry.getOutgoingName(), null, entry.snapshot()));
        return new WriteResult(draft.clientId(), Outcome.ACCEPTED, entry.getId(), null, null);
    }

    /** The signed-in incoming guard accepts an entry; a second answer is refused. */
    @Transactional
    public void acknowledge(CurrentUser user, long id) {
        long me = employeeOf(user).value();
        change(user, id, "ACKNOWLEDGE", entry -> entry.acknowledge(me, clock.instant()));
    }

    /** The signed-in incoming guard disputes an entry, saying why; a second answer is refused. */
    @Transactional
    public void dispute(CurrentUser user, long id, String note) {
        long me = employeeOf(user).value();
        change(user, id, "DISPUTE", entry -> entry.dispute(me, note, clock.instant()));
    }

    /** The entries handed to the signed-in user that wait for his answer, newest first. */
    @Transactional(readOnly = true)
    public List<HandoverRow> awaitingMe(CurrentUser user) {
        var me = people.employeeOfUser(user.userId());
        if (me.isEmpty()) {
            return List.of();
        }
        var found = entries.findByIncomingIdAndStateOrderByHandedAtDesc(me.get().value(), HandoverEntry.State.WRITTEN);
        return rows(found);
    }

    /** One page of the entries of the sites in scope, newest first, optionally of one site or state. */
    @Transactional(readOnly = true)
    public Page<HandoverRow> list(DataScope scope, @Nullable Long siteId, HandoverEntry.@Nullable State state,
            Pageable pageable) {
        Specification<HandoverEntry> spec = organisation.siteFilter(scope).on("siteId");
        if (siteId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("siteId"), siteId));
        }
        if (state != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("state"), state));
        }
        var found = entries.findAll(spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "handedAt", "id")));
        return new PageImpl<>(rows(found.getContent()), found.getPageable(), found.getTotalElements());
    }

    @Transactional(readOnly = true)
    public HandoverRow card(DataScope scope, long id) {
        var entry = visible(scope, id);
        return HandoverRow.of(entry, organisation.siteName(new SiteId(entry.getSiteId())));
    }

    /** Where the signed-in guard hands over today: his post's site, his colleagues there, the visitors on site. */
    @Transactional(readOnly = true)
    public Desk desk(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        var post = people.postOfUser(user.userId(), today);
        var me = people.employeeOfUser(user.userId());
        var choice = post.flatMap(p -> organisation.postsIn(user.scope()).stream().filter(c -> c.id().equals(p)).findFirst());
        if (choice.isEmpty() || me.isEmpty()) {
            return new Desk(null, "", null, List.of(), List.of(), today);
        }
        var site = choice.get().site();
        var colleagues = people.colleaguesAt(site).stream().filter(c -> !c.id().equals(me.get())).toList();
        var visitors = surroundings.visitorLines(user.scope(), site);
        return new Desk(site.value(), organisation.siteName(site), choice.get().id().value(), colleagues, visitors, today);
    }

    private EmployeeId employeeOf(CurrentUser user) {
        return people.employeeOfUser(user.userId()).orElseThrow(() -> new DomainException("duty.handover.notAnEmployee"));
    }

    private void change(CurrentUser user, long id, String action, Consumer<HandoverEntry> move) {
        var entry = visible(user.scope(), id);
        var before = entry.snapshot();
        move.accept(entry);
        events.publishEvent(AuditedChange.of(action, ENTITY, id, entry.getOutgoingName(), before, entry.snapshot()));
    }

    HandoverEntry visible(DataScope scope, long id) {
        Specification<HandoverEntry> spec = organisation.siteFilter(scope).<HandoverEntry>on("siteId")
            .and((root, query, cb) -> cb.equal(root.get("id"), id));
        return entries.findOne(spec).orElseThrow(() -> new NotFoundException("entity.handover", id));
    }

    private List<HandoverRow> rows(List<HandoverEntry> found) {
        var names = organisation.siteNamesById(found.stream().map(HandoverEntry::getSiteId).toList());
        return found.stream().map(h -> HandoverRow.of(h, Objects.requireNonNullElse(names.get(h.getSiteId()), ""))).toList();
    }

}
