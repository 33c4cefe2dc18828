package org.garrison.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.garrison.people.internal.CertificateKind;
import org.garrison.people.internal.CourseKind;
import org.garrison.people.internal.Employee;
import org.garrison.people.internal.EmployeeStatus;
import org.garrison.people.internal.Employees;
import org.garrison.people.internal.ResidentId;
import org.garrison.people.internal.Roster;
import org.garrison.people.internal.Training;
import org.garrison.people.internal.Views.CertificateDetails;
import org.garrison.people.internal.Views.Contacts;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.ImportOutcome;
import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rows of a company's staff list taken into the employee records: the employee (found by resident ID), one
 * certificate, the onboarding and skills exams passed before Garrison and where they are posted. Each call is one
 * transaction through the people module's own services (resident ID check, branch scope, the on-duty gate for a
 * posting, audit), so a refused row leaves nothing
 * behind and the same row imported again changes nothing.
 */
@Service
@Transactional
public class PeopleImports {

    private final Employees employees;

    private final Roster roster;

    private final Training training;

    private final Clock clock;

    PeopleImports(Employees employees, Roster roster, Training training, Clock clock) {
        this.employees = employees;
        this.roster = roster;
        this.training = training;
        this.clock = clock;
    }

    /** The codes of certificate kinds (labels: {@code people.certificate.<code>}). */
    @Transactional(readOnly = true)
    public List<String> certificateKinds() {
        return Arrays.stream(CertificateKind.values()).map(Enum::name).toList();
    }

    /** The codes of employee statuses, in the people pages' order (labels {@code people.status.<code>}). */
    @Transactional(readOnly = true)
    public List<String> employeeStatuses() {
        return Arrays.stream(EmployeeStatus.values()).map(Enum::name).toList();
    }

    /**
     * The employee with this resident ID, registered in the branch when new (on probation unless the row gives
     * another status); their phone and address brought up to the row, and their status moved when the row gives
     * another; the certificate added unless they hold one of that kind and number; a pass of the newest
     * onboarding and skills course on the day the row gives, taken over from the records before Garrison, unless
     * recorded already; then posted at the site (and post) from today unless posted there already.
     *
     * @throws DomainException when a check refuses: a bad resident ID, the same ID under another name or branch,
     *     a status move the people module refuses (back to probation, or after leaving), an exam passed in the
     *     future or of a kind the company has no course of, the on-duty gate (an employee is posted only once
     *     cleared for duty)
     * @throws org.garrison.shared.NotFoundException when the branch, site or existing employee is outside the scope
     */
    public ImportOutcome employee(DataScope scope, EmployeeRow row) {
        var residentId = ResidentId.of(row.residentId());
        Long known = employees.idByResidentId(residentId.value());
        ImportOutcome outcome;
        Employee employee;
        if (known == null) {
            employee = employees.register(scope, row.fullName(), residentId.value(), row.phone(), row.branchId(),
                    row.hiredOn());
            if (row.address() != null) {
                employees.changeContacts(scope, employee.getId(), new Contacts(row.phone(), row.address(), null, null, null));
            }
            outcome = ImportOutcome.CREATED;
        }
        else {
            employee = employees.get(scope, known);
            if (!employee.getFullName().equals(row.fullName().strip())) {
                throw new DomainException("people.import.otherName", residentId.value(), employee.getFullName());
            }
            if (employee.getBranchId() != row.branchId()) {
                throw new DomainException("people.import.otherBranch", residentId.value());
            }
            String address = row.address() == null ? employee.getAddress() : row.address();
            boolean same = employee.getPhone().equals(row.phone().strip()) && Objects.equals(employee.getAddress(), address);
            if (!same) {
                employees.changeContacts(scope, employee.getId(), new Contacts(row.phone(), address,
                        employee.getFamilyContactName(), employee.getFamilyContactRelation(),
                        employee.getFamilyContactPhone()));
            }
            outcome = same ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATED;
        }
        if (row.status() != null) {
            outcome = outcome.and(status(scope, employee, EmployeeStatus.valueOf(row.status())));
        }
        long id = employee.getId();
        if (row.heightCm() != null && !row.heightCm().equals(employee.getHeightCm())) {
            employees.recordHeight(scope, id, row.heightCm());
            outcome = outcome.and(ImportOutcome.UPDATED);
        }
        if (row.certificate() != null) {
            outcome = outcome.and(certificate(scope, id, row.certificate()));
        }
        outcome = outcome.and(priorPass(employee, CourseKind.ONBOARDING, row.onboardingPassedOn()));
        outcome = outcome.and(priorPass(employee, CourseKind.SKILLS, row.skillsPassedOn()));
        if (row.site() != null) {
            outcome = outcome.and(posting(scope, employee, row.site(), row.post()));
        }
        return outcome;
    }

    /** A new employee starts on probation: another status moves them at once, as the status change on their page. */
    private ImportOutcome status(DataScope scope, Employee employee, EmployeeStatus target) {
        EmployeeStatus current = employee.getStatus();
        if (current == target) {
            return ImportOutcome.UNCHANGED;
        }
        if (current == EmployeeStatus.LEFT || target == EmployeeStatus.PROBATION) {
            throw new DomainException("people.employee.statusMove", label(current), label(target));
        }
        employees.changeStatus(scope, employee.getId(), target);
        return ImportOutcome.UPDATED;
    }

    private static DefaultMessageSourceResolvable label(EmployeeStatus status) {
        return new DefaultMessageSourceResolvable(new String[] { status.messageKey() }, status.name());
    }

    private ImportOutcome certificate(DataScope scope, long employeeId, CertificateRow row) {
        CertificateKind kind = kind(row.kind());
        String number = row.number().strip();
        boolean held = employees.certificates(employeeId)
            .stream()
            .anyMatch(c -> c.getKind() == kind && c.getCertNumber().equals(number));
        if (held) {
            return ImportOutcome.UNCHANGED;
        }
        employees.addCertificate(scope, employeeId, new CertificateDetails(kind, number, row.issuedOn(), row.expiresOn(),
                false));
        return ImportOutcome.UPDATED;
    }

    private ImportOutcome priorPass(Employee employee, CourseKind kind, @Nullable LocalDate passedOn) {
        if (passedOn == null) {
            return ImportOutcome.UNCHANGED;
        }
        return training.takeOverPass(employee, kind, passedOn) ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED;
    }

    private ImportOutcome posting(DataScope scope, Employee employee, SiteId site, @Nullable PostId post) {
        Long postId = post == null ? null : post.value();
        if (Objects.equals(employee.getSiteId(), site.value()) && Objects.equals(employee.getPostId(), postId)) {
            return ImportOutcome.UNCHANGED;
        }
        roster.assign(scope, employee.getId(), site.value(), postId, LocalDate.now(clock));
        return ImportOutcome.UPDATED;
    }

    private static CertificateKind kind(String code) {
        try {
            return CertificateKind.valueOf(code);
        }
        catch (IllegalArgumentException ex) {
            throw new DomainException("people.import.unknownCertificateKind", code);
        }
    }

    /**
     * One employee as a row of the staff list gives them; the address, certificate, the days the onboarding and
     * skills exams were passed before Garrison (on or before today; before the hire date is fine), site, status and
     * height (cm, for posts with a minimum height; empty leaves the recorded one) are optional (an empty address leaves the recorded one; no status leaves a known employee's, a new one starts
     * on probation); {@code status} a code of {@link #employeeStatuses()}.
     */
    public record EmployeeRow(String fullName, String residentId, String phone, @Nullable String address, long branchId,
            LocalDate hiredOn, @Nullable CertificateRow certificate, @Nullable LocalDate onboardingPassedOn,
            @Nullable LocalDate skillsPassedOn, @Nullable SiteId site, @Nullable PostId post, @Nullable String status,
            @Nullable Integer heightCm) {
    }

    /** A certificate as a row gives it; {@code kind} a code of {@link #certificateKinds()}. */
    public record CertificateRow(String kind, String number, LocalDate issuedOn, @Nullable LocalDate expiresOn) {
    }

}
