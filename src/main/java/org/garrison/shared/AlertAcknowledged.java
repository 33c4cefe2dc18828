package org.garrison.shared;

import java.time.Instant;

/**
 * An alert that asks for acknowledgement ({@link NotificationRequested#needsAcknowledgement()}) was acknowledged,
 * either in a recipient's inbox or on the page of the item it is about (e.g. a tour's page); the other side marks
 * it acknowledged too, so nobody is asked twice.
 *
 * @param link the alert's link, the item's path (e.g. {@code /patrol/tours/42})
 * @param by who acknowledged it
 * @param comment what they said was done
 * @param inInbox whether it was acknowledged in the inbox (else on the item's page, in the module that raised it)
 */
public record AlertAcknowledged(String link, UserId by, String comment, boolean inInbox, Instant at) {
}
