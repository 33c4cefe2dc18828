package org.garrison.duty.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dispatch meetings (调度会) of the security department: minutes with decisions and action items tracked to done.
 * The department's meeting is company-wide, not a site's, so anyone who reads the books reads it.
 */
@Service
public class Meetings {

    public static final String ENTITY = "DispatchMeeting";

    private final DispatchMeetingRepository meetings;

    private final ActionItemRepository items;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Meetings(DispatchMeetingRepository meetings, ActionItemRepository items, ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.events = events;
        this.clock = clock;
    }

    /** An action item as a meeting adds it. */
    public record NewItem(String description, String owner, LocalDate due) {
    }

    /** A meeting with its action items. */
    public record MeetingCard(DispatchMeeting meeting, List<ActionItem> items) {
    }

    @Transactional
    public long record(CurrentUser user, LocalDate heldOn, String chair, String attendees, String agenda,
            @Nullable String decisions, List<NewItem> newItems) {
        var meeting = meetings.save(new DispatchMeeting(heldOn, chair, attendees, agenda, decisions, user.displayName()));
        newItems.forEach(item -> items.save(new ActionItem(meeting.getId(), item.description(), item.owner(), item.due())));
        events.publishEvent(AuditedChange.of("CREATE", ENTITY, meeting.getId(), meeting.getAgenda(), null,
                Map.of("heldOn", heldOn, "chair", meeting.getChair(), "items", newItems.size())));
        return meeting.getId();
    }

    @Transactional
    public void addItem(CurrentUser user, long meetingId, NewItem item) {
        var meeting = meeting(meetingId);
        var saved = items.save(new ActionItem(meeting.getId(), item.description(), item.owner(), item.due()));
        events.publishEvent(AuditedChange.of("ADD_ITEM", ENTITY, meetingId, saved.getDescription(), null,
                Map.of("owner", saved.getOwner(), "due", saved.getDue())));
    }

    @Transactional
    public void done(CurrentUser user, long meetingId, long itemId) {
        var item = items.findById(itemId)
            .filter(i -> i.getMeetingId() == meetingId)
            .orElseThrow(() -> new NotFoundException("entity.actionItem", itemId));
        item.done(user.displayName(), clock.instant());
        events.publishEvent(AuditedChange.of("ITEM_DONE", ENTITY, item.getMeetingId(), item.getDescription(), null,
                Map.of("doneBy", user.displayName())));
    }

    @Transactional(readOnly = true)
    public List<DispatchMeeting> list() {
        return meetings.findTop100ByOrderByHeldOnDescIdDesc();
    }

    /** The open action items of every meeting, soonest due first. */
    @Transactional(readOnly = true)
    public List<ActionItem> openItems() {
        return items.findTop200ByDoneAtIsNullOrderByDueAscIdAsc();
    }

    @Transactional(readOnly = true)
    public MeetingCard card(long id) {
        return new MeetingCard(meeting(id), items.findByMeetingIdOrderByDueAscIdAsc(id));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private DispatchMeeting meeting(long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("entity.dispatchMeeting", id));
    }

}
