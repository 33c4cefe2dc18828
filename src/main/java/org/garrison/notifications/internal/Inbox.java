package org.garrison.notifications.internal;

import java.time.Clock;
import java.util.Map;

import org.garrison.shared.AlertAcknowledged;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own in-app messages: list, unread count, mark read, acknowledge. Other users' are not found. */
@Service
public class Inbox {

    private final MessageRepository messages;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Inbox(MessageRepository messages, ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** Unread first, then the newest. */
    @Transactional(readOnly = true)
    public Page<Message> of(long userId, Pageable pageable) {
        return messages.inbox(userId, pageable);
    }

    /** One page of the user's unread messages, newest first. */
    @Transactional(readOnly = true)
    public Page<Message> unread(long userId, Pageable pageable) {
        return messages.findByUserIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(userId, pageable);
    }

    @Transactional(readOnly = true)
    public long unread(long userId) {
        return messages.countByUserIdAndReadAtIsNull(userId);
    }

    @Transactional
    public Message markRead(long userId, long messageId) {
        var message = own(userId, messageId);
        message.markRead(clock.instant());
        return message;
    }

    @Transactional
    public int markAllRead(long userId) {
        return messages.markAllRead(userId, clock.instant());
    }

    /**
     * Acknowledges an alert that asks for it, with a comment; the recipient and the time are kept. The module the
     * alert is about hears of it ({@link AlertAcknowledged}) and marks its item acknowledged too.
     */
    @Transactional
    public Message acknowledge(long userId, long messageId, String comment) {
        if (comment.isBlank()) {
            throw new DomainException("notification.ackCommentMissing");
        }
        var message = own(userId, messageId);
        message.acknowledge(comment, clock.instant());
        events.publishEvent(AuditedChange.of("ACKNOWLEDGE", "Notification", messageId, message.getKind(), null,
                Map.of("comment", message.getAckComment() == null ? "" : message.getAckComment())));
        if (message.getLink() != null) {
            events.publishEvent(new AlertAcknowledged(message.getLink(), new UserId(userId),
                    String.valueOf(message.getAckComment()), true, clock.instant()));
        }
        return message;
    }

    private Message own(long userId, long messageId) {
        return messages.findByIdAndUserId(messageId, userId)
            .orElseThrow(() -> new NotFoundException("entity.notification", messageId));
    }

}
