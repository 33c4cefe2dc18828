package org.garrison.people.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.people.internal.ApplicantCertificate;
import org.garrison.people.internal.ApplicantCertificates;
import org.garrison.people.internal.CertificateKind;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The certificates an applicant showed, with number and validity, over REST, as on the applicant's page. */
@RestController
@RequestMapping("/api/v1/people/applicants/{id}/certificates")
@Tag(name = "Recruitment", description = "Applicants (应聘人员) and their moves through the pipeline")
class ApplicantCertificateApiController {

    private final ApplicantCertificates certificates;

    ApplicantCertificateApiController(ApplicantCertificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('RECRUITMENT_MANAGE', 'ELIGIBILITY_OVERRIDE')")
    @Operation(summary = "The certificates an applicant showed",
            description = "By kind, newest first. 404 when the applicant is unknown or outside the caller's scope.")
    List<ShownCertificate> list(@PathVariable long id) {
        return certificates.of(CurrentUser.require().scope(), id).stream().map(ShownCertificate::of).toList();
    }

    @PostMapping
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    @Operation(summary = "Record a certificate the applicant showed",
            description = "Its kind counts as shown for the post's certificate requirements; at hire it goes on the "
                    + "employee record. The 'required' field is ignored (the guard licence is always required on "
                    + "duty). 400 with the invalid fields; 404 outside the caller's scope; 422 when the applicant is "
                    + "hired or rejected, the certificate is recorded already or expires before it was issued.")
    ResponseEntity<ShownCertificate> record(@PathVariable long id, @Valid @RequestBody CertificateForm form) {
        var certificate = certificates.record(CurrentUser.require().scope(), id, form.details());
        return ResponseEntity.created(URI.create("/api/v1/people/applicants/" + id + "/certificates"))
            .body(ShownCertificate.of(certificate));
    }

    /** A certificate an applicant showed. */
    record ShownCertificate(long id, @Schema(example = "DRIVING_LICENCE") CertificateKind kind,
            @Schema(example = "440303199001011234") String number, LocalDate issuedOn, @Nullable LocalDate expiresOn) {

        static ShownCertificate of(ApplicantCertificate certificate) {
            return new ShownCertificate(certificate.getId(), certificate.getKind(), certificate.getCertNumber(),
                    certificate.getIssuedOn(), certificate.getExpiresOn());
        }

    }

}
