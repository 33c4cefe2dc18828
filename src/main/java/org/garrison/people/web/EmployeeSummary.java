package org.garrison.people.web;

import java.time.LocalDate;

import org.garrison.people.internal.Employee;
import org.jspecify.annotations.Nullable;

/** API view of an employee: identity, branch, current site and post, status. */
record EmployeeSummary(long id, String name, String phone, long branchId, @Nullable Long siteId, @Nullable Long postId,
        String status, LocalDate hiredOn, @Nullable Integer heightCm) {

    static EmployeeSummary of(Employee e) {
        return new EmployeeSummary(e.getId(), e.getFullName(), e.getPhone(), e.getBranchId(), e.getSiteId(), e.getPostId(),
                e.getStatus().name(), e.getHiredOn(), e.getHeightCm());
    }

}
