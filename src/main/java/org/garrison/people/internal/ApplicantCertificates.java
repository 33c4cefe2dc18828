package org.garrison.people.internal;

import java.util.List;

import org.garrison.people.internal.Views.CertificateDetails;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificates an applicant in the scope showed, with number and validity: recording one also counts its
 * kind as shown for the post's requirements; at hire they become the employee's certificates. Audited.
 */
@Service
@Transactional
public class ApplicantCertificates {

    private final ApplicantCertificateRepository certificates;

    private final Recruitment recruitment;

    private final ApplicationEventPublisher events;

    ApplicantCertificates(ApplicantCertificateRepository certificates, Recruitment recruitment,
            ApplicationEventPublisher events) {
        this.certificates = certificates;
        this.recruitment = recruitment;
        this.events = events;
    }

    /**
     * Records a certificate the applicant showed.
     *
     * @throws DomainException when the applicant is hired or rejected already, the same certificate is recorded
     *     already, or it expires before it was issued
     */
    public ApplicantCertificate record(DataScope scope, long applicantId, CertificateDetails details) {
        var applicant = recruitment.get(scope, applicantId);
        if (applicant.getStage().isClosed()) {
            throw new DomainException("people.applicant.closed");
        }
        String number = details.number().strip();
        if (certificates.existsByApplicantIdAndKindAndCertNumber(applicantId, details.kind(), number)) {
            throw new DomainException("people.certificate.recordedAlready", number);
        }
        var certificate = certificates.save(new ApplicantCertificate(applicantId, details.kind(), number,
                details.issuedOn(), details.expiresOn()));
        var before = applicant.snapshot();
        if (applicant.showed(details.kind())) {
            events.publishEvent(AuditedChange.of("RECORD_FACTS", "Applicant", applicant.getId(), applicant.getFullName(),
                    before, applicant.snapshot()));
        }
        events.publishEvent(AuditedChange.of("CREATE", "ApplicantCertificate", certificate.getId(),
                applicant.getFullName() + " " + number, null, certificate.snapshot()));
        return certificate;
    }

    /** The certificates recorded for an applicant in the scope, by kind and newest first. */
    @Transactional(readOnly = true)
    public List<ApplicantCertificate> of(DataScope scope, long applicantId) {
        recruitment.get(scope, applicantId);
        return certificates.findByApplicantIdOrderByKindAscIssuedOnDesc(applicantId);
    }

}
