package org.garrison.notifications.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** One alert in one user's in-app inbox. */
@Entity
@Table(name = "notification_message")
public class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;

    private String kind;

    private @Nullable Long siteId;

    private String subjectKey;

    /** The message arguments as a JSON array of strings. */
    private String args;

    private @Nullable String link;

    private boolean needsAck;

    private Instant createdAt;

    private @Nullable Instant readAt;

    private @Nullable Instant acknowledgedAt;

    private @Nullable String ackComment;

    @Version
    private long version;

    protected Message() {
    }

    Message(long userId, String kind, @Nullable Long siteId, String subjectKey, String args, @Nullable String link,
            boolean needsAck, Instant createdAt) {
        this.userId = userId;
        this.kind = kind;
        this.siteId = siteId;
        this.subjectKey = subjectKey;
        this.args = args;
        this.link = link;
        this.needsAck = needsAck;
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /** Acknowledges the alert with a comment; reading it too. */
    void acknowledge(String comment, Instant now) {
        if (!needsAck) {
            throw new DomainException("notification.ackNotNeeded");
        }
        if (acknowledgedAt != null) {
            throw new DomainException("notification.alreadyAcknowledged");
        }
        acknowledgedAt = now;
        ackComment = comment.strip();
        markRead(now);
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getKind() {
        return kind;
    }

    public @Nullable Long getSiteId() {
        return siteId;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getArgs() {
        return args;
    }

    public @Nullable String getLink() {
        return link;
    }

    public boolean isNeedsAck() {
        return needsAck;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }

    public @Nullable Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public @Nullable String getAckComment() {
        return ackComment;
    }

}
