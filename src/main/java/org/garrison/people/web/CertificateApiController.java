package org.garrison.people.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.people.internal.CertificateKind;
import org.garrison.people.internal.Employees;
import org.garrison.people.internal.TrainingRecords;
import org.garrison.people.web.TrainingViews.CertificateView;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Employees' certificates over REST, within the caller's data scope, as on the employee record page. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "Certificates", description = "Guard licences and other certificates of employees, with their expiry (证书)")
class CertificateApiController {

    private final Employees employees;

    private final TrainingRecords records;

    CertificateApiController(Employees employees, TrainingRecords records) {
        this.employees = employees;
        this.records = records;
    }

    @GetMapping("/certificates")
    @PreAuthorize("hasAuthority('PEOPLE_VIEW')")
    @Operation(summary = "List certificates", description = "Of the employees in the caller's scope, the soonest "
            + "expiry first; optionally of one employee, one kind, or expiring on or before a day.")
    PageResponse<CertificateView> certificates(@RequestParam(required = false) @Nullable Long employeeId,
            @RequestParam(required = false) @Nullable CertificateKind kind,
            @Parameter(description = "only those expiring on or before this day (yyyy-MM-dd)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiringBy,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(records.certificates(CurrentUser.require().scope(), employeeId, kind, expiringBy,
                PageResponse.request(page, size)), CertificateView::of);
    }

    @PostMapping("/employees/{id}/certificates")
    @PreAuthorize("hasAuthority('EMPLOYEES_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a certificate to an employee", description = "400 with the invalid fields; 404 when the "
            + "employee is outside the caller's scope; 422 when it expires before it was issued.")
    CertificateView add(@PathVariable long id, @Valid @RequestBody CertificateForm form) {
        return CertificateView.of(employees.addCertificate(CurrentUser.require().scope(), id, form.details()));
    }

}
