package org.garrison.people.internal;

import java.util.List;
import java.util.Optional;

import org.garrison.identity.EmployeeLinks;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The employee records behind user accounts, as the administrator's user pages link and unlink them (any scope). */
@Service
@Transactional
class AccountLinks implements EmployeeLinks {

    private final EmployeeRepository employees;

    private final Employees records;

    private final OrganisationManagement organisation;

    AccountLinks(EmployeeRepository employees, Employees records, OrganisationManagement organisation) {
        this.employees = employees;
        this.records = records;
        this.organisation = organisation;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LinkedEmployee> employeeOf(UserId user) {
        return employees.findByUserId(user.value()).map(e -> {
            Long siteId = e.getSiteId();
            return new LinkedEmployee(e.getId(), e.getFullName(),
                    siteId == null ? null : organisation.siteName(new SiteId(siteId)));
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedEmployee> unlinked() {
        var found = employees
            .findAll((root, query, cb) -> cb.and(cb.isNull(root.get("userId")),
                    cb.notEqual(root.get("status"), EmployeeStatus.LEFT)),
                    PageRequest.of(0, PeopleQueries.LIST_LIMIT, Sort.by("fullName", "id")))
            .getContent();
        var siteNames = organisation.siteNamesById(found.stream().map(Employee::getSiteId).toList());
        return found.stream()
            .map(e -> new LinkedEmployee(e.getId(), e.getFullName(),
                    e.getSiteId() == null ? null : siteNames.get(e.getSiteId())))
            .toList();
    }

    @Override
    public void link(UserId user, long employeeId) {
        records.linkUser(employeeId, user.value());
    }

    @Override
    public void unlink(UserId user) {
        records.unlinkUser(user.value());
    }

}
