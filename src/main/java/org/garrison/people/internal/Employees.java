package org.garrison.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement.BranchChoice;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.internal.Views.CertificateDetails;
import org.garrison.people.internal.Views.Contacts;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Employee records and their certificates, within the user's data scope; every change audited. */
@Service
@Transactional
public class Employees {

    private final EmployeeRepository employees;

    private final CertificateRepository certificates;

    private final OrganisationManagement organisation;

    private final IdentityManagement identity;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Employees(EmployeeRepository employees, CertificateRepository certificates, OrganisationManagement organisation,
            IdentityManagement identity, ApplicationEventPublisher events, Clock clock) {
        this.employees = employees;
        this.certificates = certificates;
        this.organisation = organisation;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    /** The branches a scope may take staff on for: every branch company-wide, its own for a branch user, none else. */
    @Transactional(readOnly = true)
    public List<BranchChoice> branchChoices(DataScope scope) {
        if (!scope.isCompanyWide() && scope.level() != ScopeLevel.BRANCH) {
            return List.of();
        }
        return organisation.branchChoices(scope);
    }

    /** The employee record of a hired applicant, on probation in the branch of the plan's site. */
    Employee hire(Applicant applicant, long siteId) {
        if (employees.existsByResidentId(applicant.getResidentId())) {
            throw new DomainException("people.employee.duplicate", applicant.getResidentId());
        }
        long branchId = organisation.branchOf(new SiteId(siteId))
            .orElseThrow(() -> new NotFoundException("entity.site", siteId))
            .value();
        var employee = employees.save(new Employee(applicant.getFullName(), ResidentId.of(applicant.getResidentId()),
                applicant.getPhone(), branchId, LocalDate.now(clock), applicant.getId()));
        employee.recordHeight(applicant.getHeightCm());
        audit("CREATE", employee, null);
        return employee;
    }

    /**
     * An employee record entered directly (e.g. staff taken over with a contract), in a branch the
     * scope may take staff on for; the resident ID is checked.
     */
    public Employee register(DataScope scope, String fullName, String residentIdNumber, String phone, long branchId,
            LocalDate hiredOn) {
        if (branchChoices(scope).stream().noneMatch(b -> b.id().value() == branchId)) {
            throw new NotFoundException("entity.branch", branchId);
        }
        return register(fullName.strip(), ResidentId.of(residentIdNumber), phone.strip(), branchId, hiredOn);
    }

    /** An employee record entered by the system (demo data, tests). */
    Employee register(String fullName, ResidentId residentId, String phone, long branchId, LocalDate hiredOn) {
        if (employees.existsByResidentId(residentId.value())) {
            throw new DomainException("people.employee.duplicate", residentId.value());
        }
        var employee = employees.save(new Employee(fullName, residentId, phone, branchId, hiredOn, null));
        audit("CREATE", employee, null);
        return employee;
    }

    public void changeContacts(DataScope scope, long id, Contacts contacts) {
        var employee = get(scope, id);
        var before = employee.snapshot();
        employee.changeContacts(contacts.phone().strip(), contacts.address(), contacts.familyContactName(),
                contacts.familyContactRelation(), contacts.familyContactPhone());
        audit("UPDATE", employee, before);
    }

    /** Records an employee's height (for staff taken over without a screening record), audited. */
    public void recordHeight(DataScope scope, long id, @Nullable Integer heightCm) {
        var employee = get(scope, id);
        var before = employee.snapshot();
        employee.recordHeight(heightCm);
        audit("UPDATE", employee, before);
    }

    public void changeStatus(DataScope scope, long id, EmployeeStatus status) {
        var employee = get(scope, id);
        var before = employee.snapshot();
        employee.changeStatus(status);
        audit("CHANGE_STATUS", employee, before);
    }

    /**
     * Links a user account to the employee, so the guard sees their own record, tours and scans and the
     * duty clearance follows them.
     *
     * @throws DomainException when the employee or the user is linked already
     */
    public void linkUser(long employeeId, long userId) {
        var employee = employees.findById(employeeId).orElseThrow(() -> new NotFoundException("entity.employee", employeeId));
        if (employee.getUserId() != null) {
            throw new DomainException("people.account.employeeLinked", employee.getFullName());
        }
        if (employees.findByUserId(userId).isPresent()) {
            throw new DomainException("people.account.userLinked");
        }
        var before = employee.snapshot();
        employee.linkUser(userId);
        audit("LINK_USER", employee, before);
        identity.followPosting(new UserId(userId), SiteId.ofNullable(employee.getSiteId()));
    }

    /**
     * Unlinks the user's employee record; the account stays.
     *
     * @throws DomainException when no record is linked to the user
     */
    public void unlinkUser(long userId) {
        var employee = employees.findByUserId(userId).orElseThrow(() -> new DomainException("people.account.noneLinked"));
        var before = employee.snapshot();
        employee.linkUser(null);
        audit("UNLINK_USER", employee, before);
    }

    public Certificate addCertificate(DataScope scope, long employeeId, CertificateDetails details) {
        get(scope, employeeId);
        var certificate = certificates.save(new Certificate(employeeId, details.kind(), details.number().strip(),
                details.issuedOn(), details.expiresOn(), details.required()));
        events.publishEvent(AuditedChange.of("CREATE", "Certificate", certificate.getId(),
                details.kind() + " " + certificate.getCertNumber(), null, certificate.snapshot()));
        return certificate;
    }

    /**
     * Gives a new employee the certificates they showed as an applicant, each once: one of the same kind and
     * number on the record already is not added again.
     */
    void takeOver(long employeeId, List<CertificateDetails> shown) {
        var held = certificates.findByEmployeeIdOrderByKindAscIssuedOnDesc(employeeId);
        for (var details : shown) {
            if (held.stream().noneMatch(c -> c.getKind() == details.kind() && c.getCertNumber().equals(details.number()))) {
                var certificate = certificates.save(new Certificate(employeeId, details.kind(), details.number(),
                        details.issuedOn(), details.expiresOn(), details.required()));
                events.publishEvent(AuditedChange.of("CREATE", "Certificate", certificate.getId(),
                        details.kind() + " " + certificate.getCertNumber(), null, certificate.snapshot()));
            }
        }
    }

    /**
     * Posts the employee at a site and post (none: off the roster); the data scope of the account linked to the
     * employee follows, so a guard's pages and scans reach the site they are posted at, and no other.
     */
    void postAt(Employee employee, @Nullable Long siteId, @Nullable Long postId) {
        employee.postedAt(siteId, postId);
        Long userId = employee.getUserId();
        if (userId != null) {
            identity.followPosting(new UserId(userId), SiteId.ofNullable(siteId));
        }
    }

    @Transactional(readOnly = true)
    public Employee get(DataScope scope, long id) {
        return employees.findOne(PeopleScopes.employees(scope, organisation.siteFilter(scope)).and(PeopleScopes.withId(id)))
            .orElseThrow(() -> new NotFoundException("entity.employee", id));
    }

    /** The id of the employee with this (normalised) resident ID, whatever the scope; {@code null} when none. */
    @Transactional(readOnly = true)
    public @Nullable Long idByResidentId(String residentId) {
        return employees.findByResidentId(residentId).map(Employee::getId).orElse(null);
    }

    @Transactional(readOnly = true)
    public List<Certificate> certificates(long employeeId) {
        return certificates.findByEmployeeIdOrderByKindAscIssuedOnDesc(employeeId);
    }

    @Transactional(readOnly = true)
    public @Nullable Employee ofUser(long userId) {
        return employees.findByUserId(userId).orElse(null);
    }

    /** The employee id of an account, if it is linked to one. */
    public Optional<Long> idOfUser(long userId) {
        return employees.idOfUser(userId);
    }

    private void audit(String action, Employee employee, @Nullable Map<String, Object> before) {
        events.publishEvent(AuditedChange.of(action, "Employee", employee.getId(), employee.getFullName(), before,
                employee.snapshot()));
    }

}
