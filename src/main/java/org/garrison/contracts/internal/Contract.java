package org.garrison.contracts.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A client's contract (服务合同) from the inquiry (需求) on: it owns its lifecycle, and every move that
 * the lifecycle does not allow is refused with a message key.
 */
@Entity
@Table(name = "con_contract")
public class Contract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;

    private long clientId;

    private String title;

    private String needs;

    private @Nullable String wantedSites;

    private @Nullable LocalDate wantedFrom;

    private @Nullable LocalDate wantedTo;

    @Enumerated(EnumType.STRING)
    private ContractStatus status;

    private @Nullable LocalDate starts;

    private @Nullable LocalDate ends;

    private @Nullable BigDecimal amount;

    private @Nullable String rightsObligations;

    private @Nullable Integer signedVersion;

    private @Nullable Instant signedAt;

    private @Nullable Long renewalOf;

    private @Nullable Integer remindedDays;

    private @Nullable String endedReason;

    @Version
    private long version;

    protected Contract() {
    }

    /** An inquiry as customer service records it; the wanted period, when given, must not end before it starts. */
    public Contract(String number, long clientId, Inquiry inquiry, @Nullable Long renewalOf) {
        requirePeriod(inquiry.wantedFrom(), inquiry.wantedTo());
        this.number = number;
        this.clientId = clientId;
        this.title = inquiry.title().strip();
        this.needs = inquiry.needs().strip();
        this.wantedSites = inquiry.wantedSites() == null || inquiry.wantedSites().isBlank() ? null
                : inquiry.wantedSites().strip();
        this.wantedFrom = inquiry.wantedFrom();
        this.wantedTo = inquiry.wantedTo();
        this.status = ContractStatus.INQUIRY;
        this.renewalOf = renewalOf;
    }

    /** What the client asked for. */
    public record Inquiry(String title, String needs, @Nullable String wantedSites, @Nullable LocalDate wantedFrom,
            @Nullable LocalDate wantedTo) {
    }

    /** The terms written into the signed contract. */
    public record SignedTerms(LocalDate starts, LocalDate ends, BigDecimal amount, String rightsObligations) {
    }

    /** A proposal version was drafted: the inquiry is now being negotiated. */
    void proposed() {
        if (!status.isOpen()) {
            throw new DomainException("contract.notOpen", number);
        }
        status = ContractStatus.NEGOTIATING;
    }

    /** Signs the negotiated contract on the terms and the proposal version given. */
    void sign(SignedTerms terms, int version, Instant at) {
        if (status != ContractStatus.NEGOTIATING) {
            throw new DomainException("contract.cannotSign", number);
        }
        requirePeriod(terms.starts(), terms.ends());
        if (terms.amount().signum() < 0) {
            throw new DomainException("contract.negativeAmount");
        }
        if (terms.rightsObligations().isBlank()) {
            throw new DomainException("contract.rightsMissing");
        }
        this.starts = terms.starts();
        this.ends = terms.ends();
        this.amount = terms.amount().setScale(2, java.math.RoundingMode.HALF_UP);
        this.rightsObligations = terms.rightsObligations().strip();
        this.signedVersion = version;
        this.signedAt = at;
        this.status = ContractStatus.ACTIVE;
    }

    /** An active contract whose last day has passed expires. */
    void expire(LocalDate today) {
        if (status != ContractStatus.ACTIVE || ends == null || !today.isAfter(ends)) {
            throw new DomainException("contract.cannotExpire", number);
        }
        status = ContractStatus.EXPIRED;
    }

    /** Ends an active contract early, for the reason given. */
    void terminate(String reason) {
        if (status != ContractStatus.ACTIVE) {
            throw new DomainException("contract.cannotTerminate", number);
        }
        if (reason.isBlank()) {
            throw new DomainException("contract.reasonMissing");
        }
        endedReason = reason.strip();
        status = ContractStatus.TERMINATED;
    }

    /** Refuses a renewal unless the contract is active or expired. */
    void requireRenewable() {
        if (status != ContractStatus.ACTIVE && status != ContractStatus.EXPIRED) {
            throw new DomainException("contract.cannotRenew", number);
        }
    }

    /** Its renewal was signed: this contract is now renewed. */
    void renewed() {
        requireRenewable();
        status = ContractStatus.RENEWED;
    }

    /** Withdraws an inquiry or negotiation the client did not sign. */
    void withdraw(String reason) {
        if (!status.isOpen()) {
            throw new DomainException("contract.notOpen", number);
        }
        if (reason.isBlank()) {
            throw new DomainException("contract.reasonMissing");
        }
        endedReason = reason.strip();
        status = ContractStatus.TERMINATED;
    }

    /**
     * The reminder threshold (days before the end) due today for an active contract, if one is due and
     * not yet sent: the smallest threshold not below the days left that is smaller than any sent before.
     */
    @Nullable Integer reminderDue(LocalDate today, java.util.List<Integer> thresholds) {
        if (status != ContractStatus.ACTIVE || ends == null || today.isAfter(ends)) {
            return null;
        }
        long left = ChronoUnit.DAYS.between(today, ends);
        Integer due = null;
        for (int threshold : thresholds) {
            if (left <= threshold && (remindedDays == null || threshold < remindedDays)
                    && (due == null || threshold < due)) {
                due = threshold;
            }
        }
        return due;
    }

    void reminded(int threshold) {
        remindedDays = threshold;
    }

    private static void requirePeriod(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException("contract.endBeforeStart");
        }
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("number", number);
        map.put("clientId", clientId);
        map.put("title", title);
        map.put("status", status);
        map.put("starts", starts);
        map.put("ends", ends);
        map.put("amount", amount);
        map.put("signedVersion", signedVersion);
        map.put("endedReason", endedReason);
        return map;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public long getClientId() {
        return clientId;
    }

    public String getTitle() {
        return title;
    }

    public String getNeeds() {
        return needs;
    }

    public @Nullable String getWantedSites() {
        return wantedSites;
    }

    public @Nullable LocalDate getWantedFrom() {
        return wantedFrom;
    }

    public @Nullable LocalDate getWantedTo() {
        return wantedTo;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public @Nullable LocalDate getStarts() {
        return starts;
    }

    public @Nullable LocalDate getEnds() {
        return ends;
    }

    public @Nullable BigDecimal getAmount() {
        return amount;
    }

    public @Nullable String getRightsObligations() {
        return rightsObligations;
    }

    public @Nullable Integer getSignedVersion() {
        return signedVersion;
    }

    public @Nullable Instant getSignedAt() {
        return signedAt;
    }

    public @Nullable Long getRenewalOf() {
        return renewalOf;
    }

    public @Nullable String getEndedReason() {
        return endedReason;
    }

}
