package org.garrison.servicedesk;

import java.time.Instant;

import org.garrison.shared.ClientId;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * A complaint was closed after its return visit (e.g. to send a satisfaction survey).
 *
 * @param clientId the complaining client, if the site has one
 */
public record ComplaintClosed(ComplaintId complaintId, String number, SiteId siteId, @Nullable ClientId clientId,
        Instant closedAt) {
}
