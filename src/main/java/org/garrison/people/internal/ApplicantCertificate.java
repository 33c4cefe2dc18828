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

import org.garrison.people.internal.Views.CertificateDetails;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A certificate an applicant showed (kind, number, validity), recorded on the way to the offer; at hire it becomes
 * a certificate of the employee record.
 */
@Entity
@Table(name = "ppl_applicant_certificate")
public class ApplicantCertificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long applicantId;

    @Enumerated(EnumType.STRING)
    private CertificateKind kind;

    private String certNumber;

    private LocalDate issuedOn;

    private @Nullable LocalDate expiresOn;

    protected ApplicantCertificate() {
    }

    public ApplicantCertificate(long applicantId, CertificateKind kind, String certNumber, LocalDate issuedOn,
            @Nullable LocalDate expiresOn) {
        if (expiresOn != null && !expiresOn.isAfter(issuedOn)) {
            throw new DomainException("people.certificate.expiryBeforeIssue");
        }
        this.applicantId = applicantId;
        this.kind = kind;
        this.certNumber = certNumber;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
    }

    /** The certificate as the employee record takes it over (required only for the guard licence). */
    CertificateDetails details() {
        return new CertificateDetails(kind, certNumber, issuedOn, expiresOn, kind == CertificateKind.GUARD_LICENCE);
    }

    Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("applicantId", applicantId);
        map.put("kind", kind.name());
        map.put("number", certNumber);
        map.put("issuedOn", issuedOn);
        map.put("expiresOn", expiresOn);
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getApplicantId() {
        return applicantId;
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

}
