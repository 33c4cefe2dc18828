package org.garrison.people.web;

import java.net.URI;
import java.util.Objects;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.people.internal.Recruitment;
import org.garrison.shared.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The recruitment pipeline over REST, within the caller's data scope, with the moves of the applicant's page:
 * register, record facts, put on a plan, advance (through the eligibility rules), reject, override.
 */
@RestController
@RequestMapping("/api/v1/people/applicants")
@Tag(name = "Recruitment", description = "Applicants (应聘人员) and their moves through the pipeline")
class RecruitmentApiController {

    private final Recruitment recruitment;

    RecruitmentApiController(Recruitment recruitment) {
        this.recruitment = recruitment;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('RECRUITMENT_MANAGE', 'ELIGIBILITY_OVERRIDE')")
    @Operation(summary = "One applicant", description = "404 when unknown or outside the caller's scope.")
    ApplicantSummary show(@PathVariable long id) {
        return ApplicantSummary.of(recruitment.get(CurrentUser.require().scope(), id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    @Operation(summary = "Register an applicant", description = "For an open plan in the caller's scope, or (company-wide "
            + "users only) for no plan yet. 400 with the invalid fields; 404 when the plan is outside the caller's "
            + "scope; 422 when the plan is closed, the resident ID's check digit is wrong or the person is in the "
            + "pipeline already.")
    ResponseEntity<ApplicantSummary> apply(@Valid @RequestBody ApplicantForm form) {
        var applicant = recruitment.apply(CurrentUser.require().scope(), form.details());
        return ResponseEntity.created(URI.create("/api/v1/people/applicants/" + applicant.getId()))
            .body(ApplicantSummary.of(applicant));
    }

    @PutMapping("/{id}/facts")
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    @Operation(summary = "Record what screening, the physical test and the background check found",
            description = "An absent field is unknown (certificates: none shown). reEducation: ever sent to 劳动教养 "
                    + "or 收容教育; certificates: the certificate kinds the applicant showed, checked against the "
                    + "plan's post. 422 when the applicant's stage no longer allows it.")
    ApplicantSummary recordFacts(@PathVariable long id, @Valid @RequestBody FactsForm form) {
        var scope = CurrentUser.require().scope();
        recruitment.recordFacts(scope, id, form.facts());
        return ApplicantSummary.of(recruitment.get(scope, id));
    }

    @PutMapping("/{id}/plan")
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    @Operation(summary = "Put an applicant who applied without a plan on an open plan",
            description = "404 when the plan is outside the caller's scope; 422 when the plan is closed or the "
                    + "applicant's stage does not allow it.")
    ApplicantSummary assignPlan(@PathVariable long id, @Valid @RequestBody PlanChoiceForm form) {
        var scope = CurrentUser.require().scope();
        recruitment.assignPlan(scope, id, Objects.requireNonNull(form.planId()));
        return ApplicantSummary.of(recruitment.get(scope, id));
    }

    @PostMapping("/{id}/advance")
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    @Operation(summary = "Move an applicant to the next stage",
            description = "Through the eligibility rules, as on the board: 422 with the reason when a rule (height, "
                    + "age, education, health certificate, record, a certificate the post requires) or the stage refuses the move, in the caller's "
                    + "language. Hiring creates the employee record.")
    ApplicantSummary advance(@PathVariable long id) {
        var scope = CurrentUser.require().scope();
        recruitment.advance(scope, id);
        return ApplicantSummary.of(recruitment.get(scope, id));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasAuthority('RECRUITMENT_MANAGE')")
    @Operation(summary = "Reject an applicant with a reason", description = "422 when the stage does not allow it.")
    ApplicantSummary reject(@PathVariable long id, @Valid @RequestBody ReasonForm form) {
        var scope = CurrentUser.require().scope();
        recruitment.reject(scope, id, form.reason());
        return ApplicantSummary.of(recruitment.get(scope, id));
    }

    @PostMapping("/{id}/override")
    @PreAuthorize("hasAuthority('ELIGIBILITY_OVERRIDE')")
    @Operation(summary = "Let an applicant pass the eligibility rules, with a reason",
            description = "The designated manager's override, recorded in the audit log.")
    ApplicantSummary override(@PathVariable long id, @Valid @RequestBody ReasonForm form) {
        var user = CurrentUser.require();
        recruitment.override(user, id, form.reason());
        return ApplicantSummary.of(recruitment.get(user.scope(), id));
    }

}
