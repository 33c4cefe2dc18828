package org.garrison.duty.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.criteria.Subquery;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.BranchChoice;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dispatch meetings (调度会) of the security department: minutes with decisions and action items tracked to done.
 * A meeting is the whole department's (read by anyone who reads the books) or one branch's (read by those whose data
 * scope reaches that branch); the scope is part of every query, so a guessed id of another branch's meeting is not
 * found.
 */
@Service
public class Meetings {

    public static final String ENTITY = "DispatchMeeting";

    private final DispatchMeetingRepository meetings;

    private final ActionItemRepository items;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Meetings(DispatchMeetingRepository meetings, ActionItemRepository items, OrganisationManagement organisation,
            ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** An action item as a meeting adds it. */
    public record NewItem(String description, String owner, LocalDate due) {
    }

    /** A meeting with its action items. */
    public record MeetingCard(DispatchMeeting meeting, List<ActionItem> items) {
    }

    /**
     * Records a meeting of the branch {@code branchId}, or of the whole department when {@code null} (only someone
     * whose scope is company-wide records those); refuses a branch outside the user's scope.
     */
    @Transactional
    public long record(CurrentUser user, @Nullable Long branchId, LocalDate heldOn, String chair, String attendees,
            String agenda, @Nullable String decisions, List<NewItem> newItems) {
        BranchBooks.checkRecordable(organisation, user, branchId, "duty.meeting.");
        var meeting = meetings.save(new DispatchMeeting(branchId, heldOn, chair, attendees, agenda, decisions, user.displayName()));
        newItems.forEach(item -> items.save(new ActionItem(meeting.getId(), item.description(), item.owner(), item.due())));
        events.publishEvent(AuditedChange.of("CREATE", ENTITY, meeting.getId(), meeting.getAgenda(), null,
                Map.of("heldOn", heldOn, "chair", meeting.getChair(), "items", newItems.size())));
        return meeting.getId();
    }

    @Transactional
    public void addItem(CurrentUser user, long meetingId, NewItem item) {
        var meeting = meeting(user.scope(), meetingId);
        var saved = items.save(new ActionItem(meeting.getId(), item.description(), item.owner(), item.due()));
        events.publishEvent(AuditedChange.of("ADD_ITEM", ENTITY, meetingId, saved.getDescription(), null,
                Map.of("owner", saved.getOwner(), "due", saved.getDue())));
    }

    @Transactional
    public void done(CurrentUser user, long meetingId, long itemId) {
        var meeting = meeting(user.scope(), meetingId);
        var item = items.findById(itemId)
            .filter(i -> i.getMeetingId() == meeting.getId())
            .orElseThrow(() -> new NotFoundException("entity.actionItem", itemId));
        item.done(user.displayName(), clock.instant());
        events.publishEvent(AuditedChange.of("ITEM_DONE", ENTITY, item.getMeetingId(), item.getDescription(), null,
                Map.of("doneBy", user.displayName())));
    }

    /** One page of the meetings the scope reads, newest first. */
    @Transactional(readOnly = true)
    public Page<DispatchMeeting> list(DataScope scope, Pageable pageable) {
        return meetings.findAll(readBy(scope), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("id"))));
    }

    /** One page of the open action items of the meetings the scope reads, soonest due first. */
    @Transactional(readOnly = true)
    public Page<ActionItem> openItems(DataScope scope, Pageable pageable) {
        Specification<DispatchMeeting> readable = readBy(scope);
        Specification<ActionItem> open = (root, query, cb) -> {
            Subquery<Long> ids = query.subquery(Long.class);
            var meeting = ids.from(DispatchMeeting.class);
            ids.select(meeting.get("id")).where(readable.toPredicate(meeting, query, cb));
            return cb.and(cb.isNull(root.get("doneAt")), root.get("meetingId").in(ids));
        };
        return items.findAll(open, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.asc("due"), Sort.Order.asc("id"))));
    }

    @Transactional(readOnly = true)
    public MeetingCard card(DataScope scope, long id) {
        return new MeetingCard(meeting(scope, id), items.findByMeetingIdOrderByDueAscIdAsc(id));
    }

    /** The branches a meeting may be recorded for by someone of this scope. */
    public List<BranchChoice> branchChoices(DataScope scope) {
        return organisation.branchChoices(scope);
    }

    /** The branch names by id, for showing whose meeting each is. */
    public Map<Long, String> branchNames() {
        return organisation.branchNamesById();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Specification<DispatchMeeting> readBy(DataScope scope) {
        return BranchBooks.readBy(organisation, scope);
    }

    private DispatchMeeting meeting(DataScope scope, long id) {
        Specification<DispatchMeeting> withId = (root, query, cb) -> cb.equal(root.get("id"), id);
        return meetings.findOne(readBy(scope).and(withId))
            .orElseThrow(() -> new NotFoundException("entity.dispatchMeeting", id));
    }

}
