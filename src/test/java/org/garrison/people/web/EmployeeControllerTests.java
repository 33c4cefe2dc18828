package org.garrison.people.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.BranchChoice;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.people.DutyClearance;
import org.garrison.people.DutyClearance.Refusal;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeoplePermissions;
import org.garrison.people.internal.DutyGate;
import org.garrison.people.internal.EmployeeStatus;
import org.garrison.people.internal.Employees;
import org.garrison.people.internal.PeopleQueries;
import org.garrison.people.internal.Roster;
import org.garrison.people.internal.Training;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.BranchId;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class EmployeeControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void fixClock() {
        clock.fix(PeopleSliceClock.NOW);
    }

    @Autowired
    PeopleQueries queries;

    @Autowired
    Employees employees;

    @Autowired
    Training training;

    @Autowired
    Roster roster;

    @Autowired
    DutyGate gate;

    @Autowired
    OrganisationManagement organisation;

    @BeforeEach
    void data() {
        when(queries.employees(any(), any(), any())).thenReturn(List.of(PeopleSamples.employee()));
        when(employees.get(any(), eq(17L))).thenReturn(PeopleSamples.employee());
        when(employees.get(any(), eq(99L))).thenThrow(new NotFoundException("entity.employee", 99));
        when(gate.clearance(eq(17L), any())).thenReturn(new DutyClearance(new EmployeeId(17),
                List.of(new Refusal("people.gate.noGuardLicence", List.of()))));
        when(organisation.branchNames()).thenReturn(List.of(new BranchChoice(new BranchId(1), "第一大队")));
        when(organisation.branchNamesById()).thenReturn(Map.of(1L, "第一大队"));
    }

    @Test
    void peopleViewersSeeTheListAndARecordWithItsDutyClearance() throws Exception {
        mvc.perform(get("/people/employees").with(as(ScopeLevel.SITE, 7L, PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("何勇")));
        mvc.perform(get("/people/employees/17").with(withPermissions(PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("未持有保安员证")))
            .andExpect(content().string(containsString("第一大队")))
            .andExpect(content().string(not(containsString("id=\"contacts-form\""))));
    }

    @Test
    void hrChangesTheFamilyContactCardAndABadPhoneIsShown() throws Exception {
        mvc.perform(post("/people/employees/17/contacts").with(withPermissions(PeoplePermissions.EMPLOYEES_MANAGE)).with(csrf())
            .param("phone", "13800000002").param("familyContactName", "何秀英").param("familyContactRelation", "母亲")
            .param("familyContactPhone", "13907551001"))
            .andExpect(redirectedUrl("/people/employees/17"));
        verify(employees).changeContacts(any(), eq(17L), any());
        mvc.perform(post("/people/employees/17/contacts").with(withPermissions(PeoplePermissions.EMPLOYEES_MANAGE)).with(csrf())
            .param("phone", "电话"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void anIllegalStatusMoveOrCertificateIsShownAndChangesNothing() throws Exception {
        doThrow(new DomainException("people.employee.statusMove", "LEFT", "ACTIVE"))
            .when(employees).changeStatus(any(), eq(17L), eq(EmployeeStatus.ACTIVE));
        mvc.perform(post("/people/employees/17/status").with(withPermissions(PeoplePermissions.EMPLOYEES_MANAGE)).with(csrf())
            .param("status", "ACTIVE"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
        mvc.perform(post("/people/employees/17/certificates").with(withPermissions(PeoplePermissions.EMPLOYEES_MANAGE)).with(csrf())
            .param("kind", "GUARD_LICENCE").param("number", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        verify(employees, never()).addCertificate(any(), anyLong(), any());
    }

    @Test
    void hrEntersAnEmployeeDirectlyAndABadResidentIdIsShown() throws Exception {
        when(employees.branchChoices(any())).thenReturn(List.of(new BranchChoice(new BranchId(1), "第一大队")));
        mvc.perform(get("/people/employees/new").with(withPermissions(PeoplePermissions.EMPLOYEES_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("第一大队")));
        when(employees.register(any(), eq("何勇"), eq("440304198106151238"), eq("13800000002"), eq(1L), any()))
            .thenReturn(PeopleSamples.employee());
        mvc.perform(post("/people/employees").with(withPermissions(PeoplePermissions.EMPLOYEES_MANAGE)).with(csrf())
            .param("fullName", "何勇").param("residentId", "440304198106151238").param("phone", "13800000002")
            .param("branchId", "1").param("hiredOn", "2025-03-01"))
            .andExpect(redirectedUrl("/people/employees/17"));
        when(employees.register(any(), eq("何勇"), eq("440304198106151239"), any(), eq(1L), any()))
            .thenThrow(new DomainException("people.residentId.checkDigit"));
        mvc.perform(post("/people/employees").with(withPermissions(PeoplePermissions.EMPLOYEES_MANAGE)).with(csrf())
            .param("fullName", "何勇").param("residentId", "440304198106151239").param("phone", "13800000002")
            .param("branchId", "1").param("hiredOn", "2025-03-01"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("校验码不正确")));
        mvc.perform(post("/people/employees").with(withPermissions(PeoplePermissions.PEOPLE_VIEW)).with(csrf()))
            .andExpect(status().isForbidden());
    }

    @Test
    void aGuardFindsTheirOwnRecordAndSomeoneWithoutOneIsToldSo() throws Exception {
        when(employees.ofUser(4242L)).thenReturn(PeopleSamples.employee());
        mvc.perform(get("/people/me").with(as(ScopeLevel.OWN, 7L, PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(redirectedUrl("/people/employees/17"));
        when(employees.ofUser(4242L)).thenReturn(null);
        mvc.perform(get("/people/me").with(as(ScopeLevel.OWN, 7L, PeoplePermissions.PEOPLE_VIEW))).andExpect(status().isNotFound());
    }

    @Test
    void viewersCannotChangeRecordsAndOthersAreNotFound() throws Exception {
        mvc.perform(post("/people/employees/17/status").with(withPermissions(PeoplePermissions.PEOPLE_VIEW)).with(csrf())
            .param("status", "LEFT"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/people/employees").with(as(ScopeLevel.CLIENT, 1L, OrganisationPermissions.CLIENTS_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/people/employees/99").with(as(ScopeLevel.OWN, 7L, PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isNotFound());
        verify(employees, never()).changeStatus(any(), anyLong(), any());
    }

}
