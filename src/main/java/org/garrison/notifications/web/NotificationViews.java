package org.garrison.notifications.web;

import org.garrison.notifications.internal.Message;
import org.garrison.notifications.internal.Texts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Renders inbox messages in the language of the current request. */
@Component
class NotificationViews {

    private final Texts texts;

    NotificationViews(Texts texts) {
        this.texts = texts;
    }

    NotificationView of(Message message) {
        var locale = LocaleContextHolder.getLocale();
        return new NotificationView(message.getId(), message.getKind(), texts.kind(message.getKind(), locale),
                texts.subject(message.getSubjectKey(), message.getArgs(), locale), message.getLink(),
                message.getCreatedAt(), message.getReadAt() != null, message.isNeedsAck(), message.getAcknowledgedAt(),
                message.getAckComment());
    }

}
