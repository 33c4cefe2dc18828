package org.garrison.people.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.DutyCandidate;
import org.garrison.people.EmployeeId;
import org.garrison.shared.DataScope;
import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The employed staff of a data scope as rosters see them: posting, height from screening and user account. */
@Component
@Transactional(readOnly = true)
public class DutyCandidates {

    private final EmployeeRepository employees;

    private final ApplicantRepository applicants;

    private final OrganisationManagement organisation;

    DutyCandidates(EmployeeRepository employees, ApplicantRepository applicants, OrganisationManagement organisation) {
        this.employees = employees;
        this.applicants = applicants;
        this.organisation = organisation;
    }

    public List<DutyCandidate> in(DataScope scope) {
        var staff = employees.findAll(PeopleScopes.employees(scope, organisation.siteFilter(scope)), Sort.by("id"))
            .stream()
            .filter(e -> e.getStatus().employed())
            .toList();
        Map<Long, Applicant> screened = applicants
            .findAllById(staff.stream().map(Employee::getApplicantId).filter(id -> id != null).toList())
            .stream()
            .collect(Collectors.toMap(Applicant::getId, Function.identity()));
        return staff.stream().map(e -> {
            var applicant = e.getApplicantId() == null ? null : screened.get(e.getApplicantId());
            return new DutyCandidate(new EmployeeId(e.getId()), e.getFullName(), SiteId.ofNullable(e.getSiteId()),
                    e.getPostId() == null ? null : new PostId(e.getPostId()),
                    e.getHeightCm() != null ? e.getHeightCm() : applicant == null ? null : applicant.getHeightCm(),
                    e.getUserId() == null ? null : new UserId(e.getUserId()));
        }).toList();
    }

}
