package org.garrison.notifications.internal;

import java.util.Map;

import org.garrison.shared.AlertAcknowledged;
import org.garrison.shared.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An alert acknowledged on its item's page (e.g. a tour's) is acknowledged in every recipient's inbox with the
 * same comment, so the inbox does not ask for it again.
 */
@Component
class ItemAcknowledgements {

    private final MessageRepository messages;

    private final ApplicationEventPublisher events;

    ItemAcknowledgements(MessageRepository messages, ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(AlertAcknowledged acknowledged) {
        if (acknowledged.inInbox()) {
            return;
        }
        for (Message message : messages.findByLinkAndNeedsAckTrueAndAcknowledgedAtIsNull(acknowledged.link())) {
            message.acknowledge(acknowledged.comment(), acknowledged.at());
            events.publishEvent(AuditedChange.of("ACKNOWLEDGE", "Notification", message.getId(), message.getKind(), null,
                    Map.of("comment", String.valueOf(message.getAckComment()), "on", acknowledged.link())));
        }
    }

}
