package org.garrison.people.internal;

import java.time.LocalDate;
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
 * A certificate an employee holds: the guard licence (保安员证) or another (fire safety, first aid…),
 * with its number, issue date and, if it expires, its expiry. A required one that expires takes the
 * guard off duty.
 */
@Entity
@Table(name = "ppl_certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long employeeId;

    @Enumerated(EnumType.STRING)
    private CertificateKind kind;

    private String certNumber;

    private LocalDate issuedOn;

    private @Nullable LocalDate expiresOn;

    private boolean required;

    private @Nullable LocalDate remindedOn;

    private boolean lapsed;

    @Version
    private long version;

    protected Certificate() {
    }

    public Certificate(long employeeId, CertificateKind kind, String certNumber, LocalDate issuedOn,
            @Nullable LocalDate expiresOn, boolean required) {
        if (expiresOn != null && !expiresOn.isAfter(issuedOn)) {
            throw new DomainException("people.certificate.expiryBeforeIssue");
        }
        this.employeeId = employeeId;
        this.kind = kind;
        this.certNumber = certNumber;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.required = required || kind == CertificateKind.GUARD_LICENCE;
    }

    /** Valid on a day: issued by then and not expired (a certificate without expiry stays valid). */
    public boolean validOn(LocalDate day) {
        return !issuedOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day));
    }

    /** Whether the expiry reminder is due on a day (within the lead time, not yet sent). */
    public boolean reminderDue(LocalDate day, int leadDays) {
        return expiresOn != null && remindedOn == null && !day.isBefore(expiresOn.minusDays(leadDays))
                && !day.isAfter(expiresOn);
    }

    void reminded(LocalDate day) {
        this.remindedOn = day;
    }

    /** Marks the expiry handled (guard taken off duty once). */
    void lapse() {
        this.lapsed = true;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("employeeId", employeeId);
        map.put("kind", kind);
        map.put("number", certNumber);
        map.put("issuedOn", issuedOn);
        map.put("expiresOn", expiresOn);
        map.put("required", required);
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getEmployeeId() {
        return employeeId;
    }

    public CertificateKind getKind() {
        return kind;
    }

    public String getCertNumber() {
        return certNumber;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public @Nullable LocalDate getExpiresOn() {
        return expiresOn;
    }

    public boolean isLapsed() {
        return lapsed;
    }

    public boolean isRequired() {
        return required;
    }

}
