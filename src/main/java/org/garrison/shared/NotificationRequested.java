package org.garrison.shared;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Any module asks for people to be told something by publishing this event in the transaction of the
 * change that caused it; the notifications module turns it into in-app, e-mail and group-chat messages
 * according to each recipient's channel choices, and never blocks or fails the publishing action.
 *
 * @param kind the kind of alert (e.g. {@code approval.pending}, {@code sla.breached},
 *     {@code patrol.missed}); users choose channels per kind; message keys {@code notification.kind.<kind>}
 * @param userIds named recipients
 * @param roleCodes recipients by role (e.g. {@code TEAM_LEADER}); combined with {@code siteId}, only
 *     holders whose data scope covers that site
 * @param siteId the site the alert is about, if any (selects role holders and the site's or its
 *     branch's group-chat robot)
 * @param subjectKey message key of the text, rendered in each recipient's language
 * @param args arguments of the message, as text; a code is written {@code #key} (each part between slashes on its
 *     own, e.g. {@code #sla.category.GENERAL/#sla.category.RETURN_VISIT}) and shown as the message {@code key} in each
 *     recipient's language; an instant is written in the business time zone (never {@code Instant.toString()})
 * @param link path inside the application to the item (e.g. {@code /approvals/42})
 * @param needsAcknowledgement whether recipients must acknowledge it with a comment
 */
public record NotificationRequested(String kind, Set<UserId> userIds, Set<String> roleCodes, @Nullable SiteId siteId,
        String subjectKey, List<String> args, @Nullable String link, boolean needsAcknowledgement, Instant occurredAt) {

    public NotificationRequested {
        userIds = Set.copyOf(userIds);
        roleCodes = Set.copyOf(roleCodes);
        args = List.copyOf(args);
    }

}
