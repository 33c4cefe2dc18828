package org.garrison.notifications.internal;

import org.garrison.shared.NotificationRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears every {@link NotificationRequested} after the publishing transaction committed (the event
 * publication registry keeps it until this has run), stores the messages and deliveries, and tries the
 * e-mails and robot posts once; failures wait for the retry job.
 */
@Component
class NotificationListener {

    private final Dispatcher dispatcher;

    private final Outbox outbox;

    NotificationListener(Dispatcher dispatcher, Outbox outbox) {
        this.dispatcher = dispatcher;
        this.outbox = outbox;
    }

    @ApplicationModuleListener
    void on(NotificationRequested request) {
        outbox.attempt(dispatcher.dispatch(request));
    }

}
