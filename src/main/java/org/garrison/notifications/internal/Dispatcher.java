package org.garrison.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.garrison.identity.IdentityManagement.Contact;
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

    private final Webhooks webhooks;

    private final MessageRepository messages;

    private final DeliveryRepository deliveries;

    private final Texts texts;

    private final Clock clock;

    private final Senders senders;

    private final NotificationSettings settings;

    Dispatcher(Audience audience, Preferences preferences, Webhooks webhooks, MessageRepository messages,
            DeliveryRepository deliveries, Texts texts, Clock clock, Senders senders, NotificationSettings settings) {
        this.audience = audience;
        this.preferences = preferences;
        this.webhooks = webhooks;
        this.messages = messages;
        this.deliveries = deliveries;
        this.texts = texts;
        this.clock = clock;
        this.senders = senders;
        this.settings = settings;
    }

    /** Stores the messages and the pending deliveries of a request; returns the deliveries to try now. */
    @Transactional
    public List<Delivery> dispatch(NotificationRequested request) {
        Instant now = clock.instant();
        String args = texts.argsJson(request.args());
        List<Delivery> pending = new ArrayList<>();
        for (Contact contact : audience.of(request)) {
            boolean ack = request.needsAcknowledgement();
            boolean inApp = ack || preferences.wants(contact.id(), request.kind(), Channel.IN_APP, ack);
            boolean email = contact.email() != null && senders.mailEnabled()
                    && preferences.wants(contact.id(), request.kind(), Channel.EMAIL, ack);
            if (!inApp && !email) {
                continue;
            }
            var message = new Message(contact.id(), request.kind(), request.siteId(), request.subjectKey(), args,
                    request.link(), ack, now);
            if (!inApp) {
                message.markRead(now);
            }
            messages.save(message);
            if (email) {
                Locale locale = Texts.locale(contact.preferredLocale());
                String text = texts.subject(request.subjectKey(), request.args(), locale);
                pending.add(deliveries.save(new Delivery(message.getId(), Channel.EMAIL, request.kind(),
                        contact.email(), "[" + texts.kind(request.kind(), locale) + "] " + text,
                        text + link(request.link()), now)));
            }
        }
        if (request.siteId() != null) {
            String text = robotText(request.kind(), texts.subject(request.subjectKey(), request.args(), Texts.locale(null)),
                    request.link());
            for (Webhook webhook : webhooks.forSite(request.siteId())) {
                pending.add(robotDelivery(webhook, request.kind(), text, now));
            }
        }
        return pending;
    }

    /** Stores a test post to one robot; returns it for trying now. */
    @Transactional
    public Delivery testRobot(long webhookId, String requestedBy) {
        var webhook = webhooks.get(webhookId);
        String text = robotText(Kinds.SYSTEM_TEST,
                texts.subject("notification.test.text", List.of(requestedBy), Texts.locale(null)), null);
        return robotDelivery(webhook, Kinds.SYSTEM_TEST, text, clock.instant());
    }

    private Delivery robotDelivery(Webhook webhook, String kind, String text, Instant now) {
        String body = RobotPayloads.text(webhook.getFlavour(), webhook.getKeyword(), text);
        return deliveries.save(new Delivery(null, Channel.WEBHOOK, kind, webhook.getUrl(), text, body, now));
    }

    private String robotText(String kind, String text, @Nullable String link) {
        return "【" + texts.kind(kind, Texts.locale(null)) + "】" + text + link(link);
    }

    private String link(@Nullable String link) {
        return link == null ? "" : "\n" + settings.baseUrl() + link;
    }

}
