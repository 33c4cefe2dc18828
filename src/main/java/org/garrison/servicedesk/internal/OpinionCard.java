package org.garrison.servicedesk.internal;

import static org.garrison.shared.Texts.blankToNull;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** A client opinion card (客户意见信息卡): quick praise or criticism of a named guard or post. */
@Entity
@Table(name = "sd_opinion_card")
public class OpinionCard {

    /** Praise or criticism. */
    public enum Kind {
        PRAISE, CRITICISM;

        public String messageKey() {
            return "servicedesk.card.kind." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private @Nullable String person;

    private @Nullable String post;

    private String content;

    private String writtenBy;

    private LocalDate writtenOn;

    protected OpinionCard() {
    }

    /** A card names a guard or a post (or both). */
    public OpinionCard(long siteId, Kind kind, @Nullable String person, @Nullable String post, String content,
            String writtenBy, LocalDate writtenOn) {
        if (blankToNull(person) == null && blankToNull(post) == null) {
            throw new DomainException("servicedesk.card.nobodyNamed");
        }
        this.siteId = siteId;
        this.kind = kind;
        this.person = blankToNull(person);
        this.post = blankToNull(post);
        this.content = content.strip();
        this.writtenBy = writtenBy;
        this.writtenOn = writtenOn;
    }

    public Long getId() {
        return id;
    }

    public long getSiteId() {
        return siteId;
    }

    public Kind getKind() {
        return kind;
    }

    public @Nullable String getPerson() {
        return person;
    }

    public @Nullable String getPost() {
        return post;
    }

    public String getContent() {
        return content;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

}
