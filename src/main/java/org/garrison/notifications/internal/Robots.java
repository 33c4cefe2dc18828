package org.garrison.notifications.internal;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Pending posts to the group-chat robots of a site (and its branch), in the company's language. */
@Component
class Robots {

    private final Webhooks webhooks;

    private final DeliveryRepository deliveries;

    private final Texts texts;

    private final NotificationSettings settings;

    private final Clock clock;

    Robots(Webhooks webhooks, DeliveryRepository deliveries, Texts texts, NotificationSettings settings, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
    }

    List<Delivery> queue(long siteId, String kind, String subjectKey, List<String> args, @Nullable String link) {
        String text = text(kind, subjectKey, args, link);
        return webhooks.forSite(siteId).stream().map(webhook -> queue(webhook, kind, text)).toList();
    }

    Delivery queueTest(long webhookId, String requestedBy) {
        return queue(webhooks.get(webhookId), Kinds.SYSTEM_TEST,
                text(Kinds.SYSTEM_TEST, "notification.test.text", List.of(requestedBy), null));
    }

    private Delivery queue(Webhook webhook, String kind, String text) {
        String body = RobotPayloads.text(webhook.getFlavour(), webhook.getKeyword(), text);
        return deliveries.save(new Delivery(null, Channel.WEBHOOK, kind, webhook.getUrl(), text, body, clock.instant()));
    }

    private String text(String kind, String subjectKey, List<String> args, @Nullable String link) {
        var locale = Texts.locale(null);
        String text = "【" + texts.kind(kind, locale) + "】" + texts.subject(subjectKey, args, locale);
        return link == null ? text : text + "\n" + settings.baseUrl() + link;
    }

}
