package org.garrison.people.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantCertificateRepository extends JpaRepository<ApplicantCertificate, Long> {

    List<ApplicantCertificate> findByApplicantIdOrderByKindAscIssuedOnDesc(long applicantId);

    boolean existsByApplicantIdAndKindAndCertNumber(long applicantId, CertificateKind kind, String certNumber);

}
