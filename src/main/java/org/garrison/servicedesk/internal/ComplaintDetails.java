package org.garrison.servicedesk.internal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What the register form holds, as written on it (client name, address and phone may differ from the
 * client record).
 *
 * @param claimedAmount the deduction the client claims (service-fee deduction complaints only)
 * @param channel the channel it came by as the form tells it (see {@link Intake#channel})
 * @param contractClause the contract clause the client invokes (service-fee deduction complaints only)
 */
public record ComplaintDetails(long siteId, String clientName, @Nullable String clientAddress, String phone,
        String reason, String demand, ComplaintCategory category, String typeCode, ComplaintChannel channel,
        @Nullable String remarks, @Nullable String post, @Nullable String peopleNamed,
        @Nullable BigDecimal claimedAmount, @Nullable String contractClause) {

    /** The same details, come in by this channel. */
    public ComplaintDetails by(ComplaintChannel as) {
        return new ComplaintDetails(siteId, clientName, clientAddress, phone, reason, demand, category, typeCode, as,
                remarks, post, peopleNamed, claimedAmount, contractClause);
    }

    /** The same details without a category or claim of their own: general, until customer service classifies them. */
    public ComplaintDetails unclassified() {
        return new ComplaintDetails(siteId, clientName, clientAddress, phone, reason, demand, ComplaintCategory.GENERAL,
                typeCode, channel, remarks, post, peopleNamed, null, null);
    }

}
