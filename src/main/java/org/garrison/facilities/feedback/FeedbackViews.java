package org.garrison.facilities.feedback;

import java.time.Instant;
import java.time.LocalDate;

import org.garrison.contracts.ServiceKind;
import org.jspecify.annotations.Nullable;

/** What the pages and the API show of feedback and suggestions. */
final class FeedbackViews {

    private FeedbackViews() {
    }

    /** One piece of client feedback; the reply and who handled it are empty until it is handled. */
    record FeedbackRow(long id, long siteId, String siteName, ServiceKind service, Channel channel, Instant receivedAt,
            String content, @Nullable Integer rating, String recordedBy, boolean handled, @Nullable String reply,
            @Nullable String handledBy, @Nullable Instant handledAt) {

        static FeedbackRow of(Feedback f, String siteName) {
            return new FeedbackRow(f.getId(), f.getSiteId(), siteName, f.getService(), f.getChannel(), f.getReceivedAt(),
                    f.getContent(), f.getRating(), f.getRecordedBy(), f.isHandled(), f.getReply(), f.getHandledBy(),
                    f.getHandledAt());
        }

    }

    /** One improvement suggestion with its decision and implementation so far. */
    record SuggestionRow(long id, long siteId, String siteName, ServiceKind service, String proposedBy, LocalDate proposedOn,
            String content, SuggestionState state, @Nullable String decidedBy, @Nullable Instant decidedAt,
            @Nullable String decisionNote, @Nullable LocalDate implementedOn, @Nullable String implementationNote) {

        static SuggestionRow of(Suggestion s, String siteName) {
            return new SuggestionRow(s.getId(), s.getSiteId(), siteName, s.getService(), s.getProposedBy(), s.getProposedOn(),
                    s.getContent(), s.getState(), s.getDecidedBy(), s.getDecidedAt(), s.getDecisionNote(), s.getImplementedOn(),
                    s.getImplementationNote());
        }

    }

}
