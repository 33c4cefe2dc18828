package org.garrison.people.internal;

import java.time.LocalDate;
import java.util.List;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exam results, certificates and attendance of the employees within a data scope, page by page: the employee's
 * scope is a subquery of the same statement (no employee ids are loaded first).
 */
@Component
@Transactional(readOnly = true)
public class TrainingRecords {

    private final ExamResultRepository results;

    private final CertificateRepository certificates;

    private final AttendanceRepository attendance;

    private final OrganisationManagement organisation;

    TrainingRecords(ExamResultRepository results, CertificateRepository certificates, AttendanceRepository attendance,
            OrganisationManagement organisation) {
        this.results = results;
        this.certificates = certificates;
        this.attendance = attendance;
        this.organisation = organisation;
    }

    /** Exam results in the scope, newest first, optionally of one course, one employee, passed or failed. */
    public Page<ExamResult> results(DataScope scope, @Nullable Long courseId, @Nullable Long employeeId,
            @Nullable Boolean passed, Pageable pageable) {
        Specification<ExamResult> where = ofEmployeesIn(scope);
        where = where.and(equal("courseId", courseId)).and(equal("employeeId", employeeId)).and(equal("passed", passed));
        return results.findAll(where, sorted(pageable, Sort.by(Sort.Direction.DESC, "takenOn", "id")));
    }

    /**
     * Certificates in the scope by expiry (the soonest first, those without expiry last), optionally of one
     * employee, of one kind, or expiring on or before a day.
     */
    public Page<Certificate> certificates(DataScope scope, @Nullable Long employeeId, @Nullable CertificateKind kind,
            @Nullable LocalDate expiringBy, Pageable pageable) {
        Specification<Certificate> where = ofEmployeesIn(scope);
        where = where.and(equal("employeeId", employeeId)).and(equal("kind", kind));
        if (expiringBy != null) {
            where = where.and((root, query, cb) -> cb.lessThanOrEqualTo(root.get("expiresOn"), expiringBy));
        }
        return certificates.findAll(where, sorted(pageable, Sort.by(Sort.Order.asc("expiresOn").nullsLast(),
                Sort.Order.asc("id"))));
    }

    /** Who was marked present or absent at a session, of the employees in the scope. */
    public List<Attendance> attendance(DataScope scope, long sessionId) {
        Specification<Attendance> where = equal("sessionId", sessionId);
        return attendance.findAll(where.and(ofEmployeesIn(scope)), Sort.by("id"));
    }

    private <T> Specification<T> ofEmployeesIn(DataScope scope) {
        return employeeIn(PeopleScopes.employees(scope, organisation.siteFilter(scope)));
    }

    private static <T> Specification<T> employeeIn(Specification<Employee> visible) {
        return (root, query, cb) -> {
            var ids = query.subquery(Long.class);
            var employee = ids.from(Employee.class);
            ids.select(employee.get("id")).where(visible.toPredicate(employee, query, cb));
            return root.get("employeeId").in(ids);
        };
    }

    private static <T> Specification<T> equal(String attribute, @Nullable Object value) {
        return (root, query, cb) -> value == null ? cb.conjunction() : cb.equal(root.get(attribute), value);
    }

    private static PageRequest sorted(Pageable pageable, Sort sort) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

}
