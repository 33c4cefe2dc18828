package org.garrison.notifications.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * One e-mail or robot post and what became of it: sent, waiting for another attempt, or given up.
 * The target is the e-mail address or the robot's URL; the body is already rendered.
 */
@Entity
@Table(name = "notification_delivery")
public class Delivery {

    /** Where a delivery stands. */
    public enum Status {
        PENDING, SENT, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private @Nullable Long messageId;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String kind;

    private String target;

    private String subject;

    private String body;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    private int attempts;

    private @Nullable String lastError;

    private @Nullable Instant nextAttemptAt;

    private @Nullable Instant sentAt;

    private Instant createdAt;

    @Version
    private long version;

    protected Delivery() {
    }

    Delivery(@Nullable Long messageId, Channel channel, String kind, String target, String subject, String body,
            Instant now) {
        this.messageId = messageId;
        this.channel = channel;
        this.kind = kind;
        this.target = target;
        this.subject = truncate(subject, 500);
        this.body = truncate(body, 4000);
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant now) {
        attempts++;
        status = Status.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    void failed(String error, Instant now, BackOff backOff) {
        attempts++;
        lastError = truncate(error, 1000);
        nextAttemptAt = backOff.nextAttempt(attempts, now).orElse(null);
        status = nextAttemptAt == null ? Status.FAILED : Status.PENDING;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public @Nullable Long getMessageId() {
        return messageId;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getKind() {
        return kind;
    }

    public String getTarget() {
        return target;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public @Nullable String getLastError() {
        return lastError;
    }

    public @Nullable Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

}
