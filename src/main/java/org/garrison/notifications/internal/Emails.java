package org.garrison.notifications.internal;

import java.time.Instant;
import java.util.Locale;

import org.garrison.identity.IdentityManagement.Contact;
import org.garrison.shared.InternalLinks;
import org.garrison.shared.NotificationRequested;
import org.springframework.stereotype.Component;

/** Which recipients get an alert by e-mail, and the pending e-mail in the recipient's language. */
@Component
class Emails {

    private final DeliveryRepository deliveries;

    private final Preferences preferences;

    private final Senders senders;

    private final Texts texts;

    private final NotificationSettings settings;

    Emails(DeliveryRepository deliveries, Preferences preferences, Senders senders, Texts texts,
            NotificationSettings settings) {
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.senders = senders;
        this.texts = texts;
        this.settings = settings;
    }

    /** Whether the contact has an address, e-mail is configured and the contact wants this kind by e-mail. */
    boolean wanted(Contact contact, NotificationRequested request) {
        return contact.email() != null && senders.mailEnabled()
                && preferences.wants(contact.id().value(), request.kind(), Channel.EMAIL, request.needsAcknowledgement());
    }

    Delivery queue(Message message, Contact contact, NotificationRequested request, Instant now) {
        Locale locale = Texts.locale(contact.preferredLocale());
        String text = texts.subject(request.subjectKey(), request.args(), locale);
        String subject = "[" + texts.kind(request.kind(), locale) + "] " + text;
        String link = InternalLinks.internalOrNull(request.link());
        String body = link == null ? text : text + "\n" + settings.baseUrl() + link;
        return deliveries.save(new Delivery(message.getId(), Channel.EMAIL, request.kind(),
                String.valueOf(contact.email()), subject, body, now));
    }

}
