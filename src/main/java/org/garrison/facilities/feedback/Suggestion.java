package org.garrison.facilities.feedback;

import java.time.Instant;
import java.time.LocalDate;

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
 * An improvement suggestion (改进建议) for a site's facility service: proposed, then accepted or rejected with a note,
 * and an accepted one implemented on a day. Each step is taken once, in that order.
 */
@Entity
@Table(name = "fa_suggestion")
class Suggestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    @Enumerated(EnumType.STRING)
    private ServiceKind service;

    private String proposedBy;

    private LocalDate proposedOn;

    private String content;

    @Enumerated(EnumType.STRING)
    private SuggestionState state;

    private @Nullable String decidedBy;

    private @Nullable Instant decidedAt;

    private @Nullable String decisionNote;

    private @Nullable LocalDate implementedOn;

    private @Nullable String implementationNote;

    private String recordedBy;

    @Version
    private long version;

    protected Suggestion() {
    }

    /**
     * @throws DomainException {@code facilities.feedback.guarding}, {@code facilities.suggestion.contentBlank},
     *     {@code facilities.suggestion.proposerBlank}
     */
    Suggestion(long siteId, ServiceKind service, @Nullable String proposedBy, LocalDate proposedOn, @Nullable String content,
            String recordedBy) {
        if (service.isGuarding()) {
            throw new DomainException("facilities.feedback.guarding");
        }
        String text = Texts.blankToNull(content);
        if (text == null) {
            throw new DomainException("facilities.suggestion.contentBlank");
        }
        String proposer = Texts.blankToNull(proposedBy);
        if (proposer == null) {
            throw new DomainException("facilities.suggestion.proposerBlank");
        }
        this.siteId = siteId;
        this.service = service;
        this.proposedBy = proposer;
        this.proposedOn = proposedOn;
        this.content = text;
        this.state = SuggestionState.PROPOSED;
        this.recordedBy = recordedBy;
    }

    /**
     * Accepts or rejects the suggestion; a rejection needs a note.
     *
     * @throws DomainException {@code facilities.suggestion.decided} when already decided,
     *     {@code facilities.suggestion.rejectNote} for a rejection without a note
     */
    void decide(boolean accept, @Nullable String note, String by, Instant at) {
        if (state != SuggestionState.PROPOSED) {
            throw new DomainException("facilities.suggestion.decided");
        }
        String text = Texts.blankToNull(note);
        if (!accept && text == null) {
            throw new DomainException("facilities.suggestion.rejectNote");
        }
        this.state = accept ? SuggestionState.ACCEPTED : SuggestionState.REJECTED;
        this.decisionNote = text;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /**
     * Records the accepted suggestion as implemented on a day, not before it was proposed.
     *
     * @throws DomainException {@code facilities.suggestion.notAccepted} unless accepted and not yet implemented,
     *     {@code facilities.suggestion.beforeProposed}
     */
    void implemented(LocalDate on, @Nullable String note) {
        if (state != SuggestionState.ACCEPTED) {
            throw new DomainException("facilities.suggestion.notAccepted");
        }
        if (on.isBefore(proposedOn)) {
            throw new DomainException("facilities.suggestion.beforeProposed");
        }
        this.state = SuggestionState.IMPLEMENTED;
        this.implementedOn = on;
        this.implementationNote = Texts.blankToNull(note);
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

    String getProposedBy() {
        return proposedBy;
    }

    LocalDate getProposedOn() {
        return proposedOn;
    }

    String getContent() {
        return content;
    }

    SuggestionState getState() {
        return state;
    }

    @Nullable String getDecidedBy() {
        return decidedBy;
    }

    @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    @Nullable String getDecisionNote() {
        return decisionNote;
    }

    @Nullable LocalDate getImplementedOn() {
        return implementedOn;
    }

    @Nullable String getImplementationNote() {
        return implementationNote;
    }

    String getRecordedBy() {
        return recordedBy;
    }

}
