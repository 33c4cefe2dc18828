package org.garrison.facilities.feedback;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.contracts.ServiceKind;
import org.garrison.shared.DomainException;
import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/**
 * Client feedback (客户反馈) on a site's facility service: what the client said, through which channel, its rating of
 * 1–5 when it gave one, and once handled the reply, who gave it and when. Handled feedback is not handled again.
 */
@Entity
@Table(name = "fa_feedback")
class Feedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    @Enumerated(EnumType.STRING)
    private ServiceKind service;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private Instant receivedAt;

    private String content;

    private @Nullable Integer rating;

    private String recordedBy;

    private @Nullable String reply;

    private @Nullable String handledBy;

    private @Nullable Instant handledAt;

    @Version
    private long version;

    protected Feedback() {
    }

    /**
     * @throws DomainException {@code facilities.feedback.guarding} for guarding (not a facility service),
     *     {@code facilities.feedback.ratingRange} for a rating outside 1–5, {@code facilities.feedback.contentBlank}
     */
    Feedback(long siteId, ServiceKind service, Channel channel, Instant receivedAt, String content, @Nullable Integer rating,
            String recordedBy) {
        if (service.isGuarding()) {
            throw new DomainException("facilities.feedback.guarding");
        }
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new DomainException("facilities.feedback.ratingRange", rating);
        }
        String text = Texts.blankToNull(content);
        if (text == null) {
            throw new DomainException("facilities.feedback.contentBlank");
        }
        this.siteId = siteId;
        this.service = service;
        this.channel = channel;
        this.receivedAt = receivedAt;
        this.content = text;
        this.rating = rating;
        this.recordedBy = recordedBy;
    }

    /**
     * Handles the feedback with a reply.
     *
     * @throws DomainException {@code facilities.feedback.alreadyHandled} the second time, {@code facilities.feedback.replyBlank}
     */
    void handle(@Nullable String reply, String by, Instant at) {
        if (handledAt != null) {
            throw new DomainException("facilities.feedback.alreadyHandled");
        }
        String text = Texts.blankToNull(reply);
        if (text == null) {
            throw new DomainException("facilities.feedback.replyBlank");
        }
        this.reply = text;
        this.handledBy = by;
        this.handledAt = at;
    }

    Long getId() {
        return id;
    }

    long getSiteId() {
        return siteId;
    }

    ServiceKind getService() {
        return service;
    }

    Channel getChannel() {
        return channel;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }

    String getContent() {
        return content;
    }

    @Nullable Integer getRating() {
        return rating;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    @Nullable String getReply() {
        return reply;
    }

    @Nullable String getHandledBy() {
        return handledBy;
    }

    @Nullable Instant getHandledAt() {
        return handledAt;
    }

    boolean isHandled() {
        return handledAt != null;
    }

}
