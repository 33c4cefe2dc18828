package org.garrison.servicedesk.internal;

import static org.garrison.shared.Texts.blankToNull;

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
import org.jspecify.annotations.Nullable;

/**
 * A survey sent to a client for a site. Its link carries a token of which only the hash is kept; it is
 * answered once, before it expires.
 */
@Entity
@Table(name = "sd_survey")
public class Survey {

    /** Why the survey was sent. */
    public enum Reason {
        SCHEDULE, COMPLAINT, MANUAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long templateId;

    @Enumerated(EnumType.STRING)
    private ServiceKind service;

    private long clientId;

    private long siteId;

    @Enumerated(EnumType.STRING)
    private Reason reason;

    private @Nullable Long complaintId;

    private String tokenHash;

    private Instant sentAt;

    private Instant expiresAt;

    private @Nullable Instant answeredAt;

    private @Nullable String comment;

    @Version
    private long version;

    protected Survey() {
    }

    public Survey(SurveyTemplate template, long clientId, long siteId, Reason reason, @Nullable Long complaintId,
            String tokenHash, Instant sentAt, Instant expiresAt) {
        this.templateId = template.getId();
        this.service = template.getService();
        this.clientId = clientId;
        this.siteId = siteId;
        this.reason = reason;
        this.complaintId = complaintId;
        this.tokenHash = tokenHash;
        this.sentAt = sentAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the survey can still be answered at {@code now}. */
    public boolean isOpen(Instant now) {
        return answeredAt == null && now.isBefore(expiresAt);
    }

    /** Takes the answer; refused once answered or expired. */
    public void answer(@Nullable String comment, Instant at) {
        if (answeredAt != null) {
            throw new DomainException("servicedesk.survey.answered");
        }
        if (!at.isBefore(expiresAt)) {
            throw new DomainException("servicedesk.survey.expired");
        }
        this.comment = blankToNull(comment);
        this.answeredAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getTemplateId() {
        return templateId;
    }

    public ServiceKind getService() {
        return service;
    }

    public long getClientId() {
        return clientId;
    }

    public long getSiteId() {
        return siteId;
    }

    public Reason getReason() {
        return reason;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getAnsweredAt() {
        return answeredAt;
    }

    public @Nullable String getComment() {
        return comment;
    }

}
