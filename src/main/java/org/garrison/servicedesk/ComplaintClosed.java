package org.garrison.servicedesk;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A complaint was closed after its return visit (e.g. to send a satisfaction survey).
 *
 * @param clientId the complaining client, if the site has one
 */
public record ComplaintClosed(long complaintId, String number, long siteId, @Nullable Long clientId,
        Instant closedAt) {
}
