package org.garrison.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.garrison.identity.IdentityManagement.Contact;
import org.garrison.shared.InternalLinks;
import org.garrison.shared.NotificationRequested;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a request into inbox messages for its audience, e-mails for those who want them, and posts to the
 * robots of its site, all stored as pending deliveries in one transaction.
 */
@Service
public class Dispatcher {

    private final Audience audience;

    private final Preferences preferences;

    private final MessageRepository messages;

    private final Emails emails;

    private final Robots robots;

    private final Clock clock;

    Dispatcher(Audience audience, Preferences preferences, MessageRepository messages, Emails emails, Robots robots,
            Clock clock) {
        this.audience = audience;
        this.preferences = preferences;
        this.messages = messages;
        this.emails = emails;
        this.robots = robots;
        this.clock = clock;
    }

    /** Stores the messages and the pending deliveries of a request; returns the deliveries to try now. */
    @Transactional
    public List<Delivery> dispatch(NotificationRequested request) {
        Instant now = clock.instant();
        boolean ack = request.needsAcknowledgement();
        String args = Texts.argsJson(request.args());
        @Nullable String link = InternalLinks.internalOrNull(request.link()); // never store a link that leads elsewhere
        List<Delivery> pending = new ArrayList<>();
        for (Contact contact : audience.of(request)) {
            // Alerts that ask for an acknowledgement are acknowledged in the inbox, so they are always there.
            boolean inApp = ack || preferences.wants(contact.id().value(), request.kind(), Channel.IN_APP, false);
            boolean email = emails.wanted(contact, request);
            if (!inApp && !email) {
                continue;
            }
            var message = new Message(contact.id().value(), request.kind(), siteId(request), request.subjectKey(), args,
                    link, ack, now);
            if (!inApp) {
                message.markRead(now);
            }
            messages.save(message);
            if (email) {
                pending.add(emails.queue(message, contact, request, now));
            }
        }
        if (request.siteId() != null) {
            pending.addAll(robots.queue(request.siteId().value(), request.kind(), request.subjectKey(), request.args(),
                    link));
        }
        return pending;
    }

    /** Stores a test post to one robot; returns it for trying now. */
    @Transactional
    public Delivery testRobot(long webhookId, String requestedBy) {
        return robots.queueTest(webhookId, requestedBy);
    }

    private static @Nullable Long siteId(NotificationRequested request) {
        return request.siteId() == null ? null : request.siteId().value();
    }

}
