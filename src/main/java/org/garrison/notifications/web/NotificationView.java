package org.garrison.notifications.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One inbox message as the reader sees it, in the reader's language.
 *
 * @param link path inside the application to the item, if any
 * @param acknowledgedAt when the reader acknowledged it ({@code null} while not acknowledged)
 */
public record NotificationView(long id, String kind, String kindLabel, String text, @Nullable String link,
        Instant createdAt, boolean read, boolean needsAcknowledgement, @Nullable Instant acknowledgedAt,
        @Nullable String acknowledgementComment) {

    public boolean awaitingAcknowledgement() {
        return needsAcknowledgement && acknowledgedAt == null;
    }

}
