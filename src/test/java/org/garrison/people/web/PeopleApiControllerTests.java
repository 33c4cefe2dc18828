package org.garrison.people.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.organisation.OrganisationPermissions;
import org.garrison.people.DutyClearance;
import org.garrison.people.DutyClearance.Refusal;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeopleManagement;
import org.garrison.people.PeoplePermissions;
import org.garrison.people.internal.Employees;
import org.garrison.people.internal.PeopleQueries;
import org.garrison.people.internal.Roster;
import org.garrison.people.internal.Stage;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class PeopleApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void fixClock() {
        clock.fix(PeopleSliceClock.NOW);
    }

    @Autowired
    PeopleManagement people;

    @Autowired
    Employees employees;

    @Autowired
    Roster roster;

    @Autowired
    PeopleQueries queries;

    @Test
    void employeesAndApplicantsAreListedForTheirReaders() throws Exception {
        when(queries.employees(any(), eq(7L), eq(null), any())).thenReturn(new PageImpl<>(List.of(PeopleSamples.employee())));
        mvc.perform(get("/api/v1/people/employees").param("siteId", "7").with(as(ScopeLevel.SITE, 7L, PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].name").value("何勇"))
            .andExpect(jsonPath("$.content[0].status").value("PROBATION"));
        when(queries.applicants(any(), eq(Stage.APPLIED), eq(null), any())).thenReturn(new PageImpl<>(List.of(PeopleSamples.applicant())));
        mvc.perform(get("/api/v1/people/applicants").param("stage", "APPLIED").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].stage").value("APPLIED"));
        mvc.perform(get("/api/v1/people/applicants").with(withPermissions(PeoplePermissions.PEOPLE_VIEW))).andExpect(status().isForbidden());
    }

    @Test
    void theClearanceSaysWhyAnEmployeeMayNotBePosted() throws Exception {
        when(people.clearance(eq(new EmployeeId(17)), any())).thenReturn(new DutyClearance(new EmployeeId(17),
                List.of(new Refusal("people.gate.guardLicenceExpired", List.of()))));
        mvc.perform(get("/api/v1/people/employees/17/clearance").with(withPermissions(PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.cleared").value(false))
            .andExpect(jsonPath("$.reasons[0].code").value("people.gate.guardLicenceExpired"));
    }

    @Test
    void anEmployeeOutsideTheScopeIsNotFound() throws Exception {
        when(employees.get(any(), eq(18L))).thenThrow(new NotFoundException("entity.employee", 18));
        mvc.perform(get("/api/v1/people/employees/18/clearance").with(as(ScopeLevel.SITE, 7L, PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isNotFound());
    }

    @Test
    void postingIsRefusedWithTheGatesReasonAsProblemJson() throws Exception {
        doThrow(new DomainException("people.gate.onboardingExam")).when(people).assignToPost(any(), any(), any(), any(), any());
        mvc.perform(post("/api/v1/people/roster/assignments").with(withPermissions(PeoplePermissions.ROSTER_MANAGE))
            .contentType("application/json").content("{\"employeeId\":17,\"siteId\":7,\"since\":\"2026-11-21\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value(containsString("入职培训")));
        mvc.perform(post("/api/v1/people/roster/assignments").with(withPermissions(PeoplePermissions.ROSTER_MANAGE))
            .contentType("application/json").content("{}"))
            .andExpect(status().isBadRequest());
    }

    @Test
    void withoutThePermissionTheApiRefuses() throws Exception {
        mvc.perform(post("/api/v1/people/roster/assignments").with(withPermissions(PeoplePermissions.PEOPLE_VIEW))
            .contentType("application/json").content("{\"employeeId\":17,\"siteId\":7,\"since\":\"2026-11-21\"}"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/roster").with(as(ScopeLevel.CLIENT, 1L, OrganisationPermissions.CLIENTS_VIEW)))
            .andExpect(status().isForbidden());
    }

}
