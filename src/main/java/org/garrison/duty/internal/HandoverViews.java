package org.garrison.duty.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.garrison.people.PeopleManagement.Colleague;
import org.jspecify.annotations.Nullable;

/** The handover book as pages, the phone and the API see it. */
public final class HandoverViews {

    private HandoverViews() {
    }

    /**
     * A handover as the outgoing guard's phone writes it.
     *
     * @param clientId the id the phone made for the entry (a UUID); the same id sent again stores nothing twice
     * @param handedAt the phone's time of the handover; {@code null} for the time it is received
     */
    public record HandoverDraft(String clientId, long siteId, @Nullable Long postId, long incomingId,
            @Nullable Instant handedAt, Set<HandoverItem> items, @Nullable String pending) {
    }

    /** What became of one written entry. */
    public enum Outcome {
        ACCEPTED, DUPLICATE, REJECTED
    }

    /** The answer for one entry the phone sent: its outcome, the stored entry's id, and why it was refused. */
    public record WriteResult(String clientId, Outcome outcome, @Nullable Long id, @Nullable String reasonKey,
            Object @Nullable [] reasonArgs) {
    }

    /** An entry of the handover book. */
    public record HandoverRow(long id, String clientId, long siteId, String siteName, @Nullable Long postId,
            String outgoingName, String incomingName, Instant handedAt, List<HandoverItem> items,
            List<HandoverItem> missing, @Nullable String visitors, @Nullable String pending, HandoverEntry.State state,
            @Nullable Instant answeredAt, @Nullable String disputeNote, @Nullable String omissionReference,
            @Nullable Long omissionViolationId) {

        static HandoverRow of(HandoverEntry h, String siteName) {
            var items = h.itemSet();
            var missing = Arrays.stream(HandoverItem.values()).filter(i -> !items.contains(i)).toList();
            return new HandoverRow(h.getId(), h.getClientId(), h.getSiteId(), siteName, h.getPostId(), h.getOutgoingName(),
                    h.getIncomingName(), h.getHandedAt(), List.copyOf(items), missing, h.getVisitors(), h.getPending(),
                    h.getState(), h.getAnsweredAt(), h.getDisputeNote(), h.getOmissionReference(),
                    h.getOmissionViolationId());
        }

    }

    /**
     * Where a guard hands over: his site and post today, the colleagues he may hand to, the visitors still on site.
     *
     * @param siteId {@code null} when the guard is posted nowhere today
     */
    public record Desk(@Nullable Long siteId, String siteName, @Nullable Long postId, List<Colleague> colleagues,
            List<String> visitors, LocalDate today) {
    }

}
