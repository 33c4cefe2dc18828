package org.garrison.servicedesk.internal;

import static org.garrison.shared.Texts.blankToNull;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A whistle-blowing report (投诉举报监督卡): anonymous or named. The reporter's name, contact and account
 * are sealed: only {@link WhistleReports} reads them, and only for the designated permission.
 */
@Entity
@Table(name = "sd_whistle_report")
public class WhistleReport {

    /** Received, being investigated, concluded. */
    public enum State {
        RECEIVED, CONCLUDED;

        public String messageKey() {
            return "servicedesk.whistle.state." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;

    private boolean anonymous;

    private @Nullable String reporterName;

    private @Nullable String reporterContact;

    private @Nullable Long reporterUserId;

    private String subject;

    private String details;

    private @Nullable String place;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private State state;

    private @Nullable String findings;

    private Instant receivedAt;

    private @Nullable Instant concludedAt;

    @Version
    private long version;

    protected WhistleReport() {
    }

    /** A named report needs the reporter's name; an anonymous one keeps nothing about the reporter. */
    public WhistleReport(String number, boolean anonymous, @Nullable String reporterName,
            @Nullable String reporterContact, @Nullable Long reporterUserId, String subject, String details,
            @Nullable String place, Instant receivedAt) {
        if (!anonymous && blankToNull(reporterName) == null) {
            throw new DomainException("servicedesk.whistle.nameNeeded");
        }
        this.number = number;
        this.anonymous = anonymous;
        this.reporterName = anonymous ? null : blankToNull(reporterName);
        this.reporterContact = anonymous ? null : blankToNull(reporterContact);
        this.reporterUserId = anonymous ? null : reporterUserId;
        this.subject = subject.strip();
        this.details = details.strip();
        this.place = blankToNull(place);
        this.receivedAt = receivedAt;
        this.state = State.RECEIVED;
    }

    public void conclude(String findings, Instant at) {
        if (state == State.CONCLUDED) {
            throw new DomainException("servicedesk.whistle.concluded", number);
        }
        this.findings = findings.strip();
        this.concludedAt = at;
        this.state = State.CONCLUDED;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    boolean isAnonymous() {
        return anonymous;
    }

    @Nullable String getReporterName() {
        return reporterName;
    }

    @Nullable String getReporterContact() {
        return reporterContact;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetails() {
        return details;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public State getState() {
        return state;
    }

    public @Nullable String getFindings() {
        return findings;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public @Nullable Instant getConcludedAt() {
        return concludedAt;
    }

}
