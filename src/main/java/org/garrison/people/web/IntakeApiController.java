package org.garrison.people.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.people.internal.ApplicantImport;
import org.garrison.people.internal.Education;
import org.garrison.people.internal.EligibilityPolicy;
import org.garrison.people.internal.EligibilityRules;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * How applicants enter the pipeline over REST, as on the intake pages: the Excel import of applicants (a long job,
 * as on its page) and the company's eligibility rules.
 */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "Recruitment", description = "Applicants (应聘人员) and their moves through the pipeline")
class IntakeApiController {

    private static final String STARTED = """
            {"jobId": 42, "job": "/api/v1/jobs/42", "result": "/api/v1/jobs/42/result"}""";

    private final ApplicantImport importer;

    private final EligibilityRules rules;

    private final MessageSource messages;

    IntakeApiController(ApplicantImport importer, EligibilityRules rules, MessageSource messages) {
        this.importer = importer;
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping("/applicants/import/template")
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    @Operation(summary = "Template of the applicants' import sheet",
            description = "Excel (.xlsx): the header row in the caller's language and an example row, as on the import page.")
    ResponseEntity<byte[]> importTemplate(Locale locale) {
        return ApplicantTemplate.download(messages, locale);
    }

    @PostMapping(path = "/applicants/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    @Operation(summary = "Import applicants from Excel",
            description = "Reads the .xlsx (first sheet, a header row, then name, resident ID, phone, height in cm, "
                    + "education, plan id) and registers its applicants as a long job, each row on its own through the "
                    + "same checks as one registration. Follow it at `job` (GET /api/v1/jobs/{id}): its summary counts "
                    + "the applicants imported and the rows refused, in the caller's language; when a row was refused, "
                    + "`result` is an .xlsx of the refused rows with their row number and reason. 422 when the file is "
                    + "missing, empty or not a readable workbook (nothing is started).")
    @ApiResponse(responseCode = "202", content = @Content(examples = @ExampleObject(STARTED)))
    ResponseEntity<ImportStarted> importApplicants(@RequestPart(name = "file", required = false) @Nullable MultipartFile file) {
        long job;
        try {
            job = importer.start(file == null ? new byte[0] : file.getBytes());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/" + job)).body(ImportStarted.of(job));
    }

    @GetMapping("/eligibility-rules")
    @PreAuthorize("hasAnyAuthority('RECRUITMENT_MANAGE', 'ELIGIBILITY_OVERRIDE')")
    @Operation(summary = "The eligibility rules",
            description = "What an applicant must meet to move on: age range, minimum height (a plan's post may "
                    + "require more), minimum education, health certificate, a clean record.")
    EligibilityRulesView eligibilityRules() {
        return EligibilityRulesView.of(rules.policy());
    }

    @PutMapping("/eligibility-rules")
    @PreAuthorize("hasAuthority('ELIGIBILITY_OVERRIDE')")
    @Operation(summary = "Change the eligibility rules",
            description = "As on the rules page, audited. An absent healthCertificateRequired or cleanRecordRequired "
                    + "means not required. 400 with the invalid fields; 422 when the lower age bound is above the upper.")
    EligibilityRulesView changeEligibilityRules(@Valid @RequestBody RulesForm form) {
        rules.change(form.minAge(), form.maxAge(), form.minHeightCm(), form.minEducation(), form.healthRequired(),
                form.cleanRecord());
        return EligibilityRulesView.of(rules.policy());
    }

    /** An import that has started: the job to follow and, once done, its file of refused rows. */
    record ImportStarted(long jobId, String job, String result) {

        static ImportStarted of(long id) {
            String job = "/api/v1/jobs/" + id;
            return new ImportStarted(id, job, job + "/result");
        }

    }

    @Schema(name = "EligibilityRules", example = """
            {"minAge": 18, "maxAge": 45, "minHeightCm": 170, "minEducation": "JUNIOR_HIGH",
             "healthCertificateRequired": true, "cleanRecordRequired": true}""")
    record EligibilityRulesView(int minAge, int maxAge, int minHeightCm, Education minEducation,
            boolean healthCertificateRequired, boolean cleanRecordRequired) {

        static EligibilityRulesView of(EligibilityPolicy policy) {
            return new EligibilityRulesView(policy.getMinAge(), policy.getMaxAge(), policy.getMinHeightCm(),
                    policy.getMinEducation(), policy.isHealthCertificateRequired(), policy.isCleanRecordRequired());
        }

    }

}
