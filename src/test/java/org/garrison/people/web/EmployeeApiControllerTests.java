package org.garrison.people.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItems;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.garrison.people.PeoplePermissions;
import org.garrison.people.internal.EmployeeStatus;
import org.garrison.people.internal.Employees;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class EmployeeApiControllerTests {

    private static final String EMPLOYEE = """
            {"fullName": "何勇", "residentId": "440304198106151238", "phone": "13800000002", "branchId": 1, "hiredOn": "2025-03-01"}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    Employees employees;

    @Test
    void hrRegistersAnEmployeeAndMovesTheStatus() throws Exception {
        when(employees.register(any(), eq("何勇"), eq("440304198106151238"), eq("13800000002"), eq(1L),
                eq(LocalDate.of(2025, 3, 1)))).thenReturn(PeopleSamples.employee());
        mvc.perform(post("/api/v1/people/employees").with(withPermissions(PeoplePermissions.EMPLOYEES_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content(EMPLOYEE))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", endsWith("/api/v1/people/employees/17")));

        doThrow(new DomainException("people.employee.statusMove", "LEFT", "ACTIVE")).when(employees)
            .changeStatus(any(), eq(17L), eq(EmployeeStatus.ACTIVE));
        mvc.perform(put("/api/v1/people/employees/17/status").with(withPermissions(PeoplePermissions.EMPLOYEES_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"ACTIVE\"}"))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(put("/api/v1/people/employees/17/status").with(withPermissions(PeoplePermissions.EMPLOYEES_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isBadRequest());
    }

    @Test
    void badContactsAreRefusedFieldByField() throws Exception {
        mvc.perform(put("/api/v1/people/employees/17/contacts").with(withPermissions(PeoplePermissions.EMPLOYEES_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"phone\": \"call me\", \"familyContactPhone\": \"x\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(hasItems("phone", "familyContactPhone")));
        verifyNoInteractions(employees);
    }

    @Test
    void anEmployeeOutsideTheScopeIsNotFoundAndWritingNeedsEmployeesManage() throws Exception {
        when(employees.get(any(), eq(18L))).thenThrow(new NotFoundException("entity.employee", 18L));
        mvc.perform(get("/api/v1/people/employees/18").with(as(ScopeLevel.OWN, null, PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail").value("员工 18 不存在或不在您的数据范围内。"));
        mvc.perform(post("/api/v1/people/employees").with(withPermissions(PeoplePermissions.PEOPLE_VIEW))
                .contentType(MediaType.APPLICATION_JSON).content(EMPLOYEE))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/employees/17").with(as(ScopeLevel.CLIENT, 1L))).andExpect(status().isForbidden());
        org.mockito.Mockito.verify(employees, org.mockito.Mockito.never()).register(any(), any(), any(), any(), anyLong(), any());
    }

}
