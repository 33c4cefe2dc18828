package org.garrison.people.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.DutyClearance;
import org.garrison.people.DutyClearance.Refusal;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeoplePermissions;
import org.garrison.people.internal.DutyGate;
import org.garrison.people.internal.EmployeeAccounts;
import org.garrison.people.internal.Employees;
import org.garrison.people.internal.HiringPlan;
import org.garrison.people.internal.PlannedDeployment;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.UserId;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class EmployeeOnboardingControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    Employees employees;

    @Autowired
    EmployeeAccounts accounts;

    @Autowired
    PlannedDeployment deployment;

    @Autowired
    DutyGate gate;

    @Autowired
    OrganisationManagement organisation;

    @BeforeEach
    void data() {
        clock.fix(PeopleSliceClock.NOW);
        var employee = PeopleSamples.employee();
        when(employees.get(any(), eq(17L))).thenReturn(employee);
        when(gate.clearance(eq(17L), any())).thenReturn(new DutyClearance(new EmployeeId(17),
                List.of(new Refusal("people.gate.onboardingExam", List.of()))));
        when(organisation.branchNamesById()).thenReturn(Map.of(1L, "第一大队"));
        when(accounts.accountOf(any())).thenReturn(Optional.empty());
        when(accounts.minPasswordLength()).thenReturn(10);
        var plan = new HiringPlan(3L, 11L, "大门岗", 3, null, null, java.time.LocalDate.of(2026, 12, 14), null, null);
        when(deployment.pending(any())).thenReturn(Optional.of(plan));
        when(organisation.siteName(any())).thenReturn("鹏城银行福田支行");
    }

    @Test
    void hrSeesThePlannedPostWhyItIsNotPostedAndTheLoginForms() throws Exception {
        mvc.perform(get("/people/employees/17").with(withPermissions(PeoplePermissions.PEOPLE_VIEW,
                PeoplePermissions.EMPLOYEES_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("录用岗位：鹏城银行福田支行 · 大门岗。")))
            .andExpect(content().string(containsString("尚未派驻")))
            .andExpect(content().string(containsString("未通过入职培训考核")))
            .andExpect(content().string(containsString("id=\"account-form\"")))
            .andExpect(content().string(containsString("至少 10 个字符")))
            .andExpect(content().string(not(containsString("id=\"deploy\""))));
        mvc.perform(get("/people/employees/17").with(withPermissions(PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(content().string(not(containsString("id=\"account-form\""))));
    }

    @Test
    void hrCreatesTheLoginAndARefusalIsShownOnTheForm() throws Exception {
        when(accounts.createAccount(any(), eq(17L), eq("guard.he"), anyString())).thenReturn(new UserId(31));
        mvc.perform(post("/people/employees/17/account").param("username", "guard.he").param("password", "Garrison2026x")
                .with(withPermissions(PeoplePermissions.EMPLOYEES_MANAGE)).with(csrf()))
            .andExpect(redirectedUrl("/people/employees/17"))
            .andExpect(flash().attribute("flash", "people.account.created"));
        when(accounts.createAccount(any(), eq(17L), eq("taken"), anyString()))
            .thenThrow(new DomainException("user.usernameTaken", "taken"));
        mvc.perform(post("/people/employees/17/account").param("username", "taken").param("password", "Garrison2026x")
                .with(withPermissions(PeoplePermissions.PEOPLE_VIEW, PeoplePermissions.EMPLOYEES_MANAGE)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("用户名 taken 已被占用。")));
        mvc.perform(post("/people/employees/17/account").param("username", "").param("password", "")
                .with(withPermissions(PeoplePermissions.PEOPLE_VIEW, PeoplePermissions.EMPLOYEES_MANAGE)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void onlyHrCreatesOrLinksLoginsAndVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(post("/people/employees/17/account").param("username", "x1").param("password", "Garrison2026x")
                .with(withPermissions(PeoplePermissions.PEOPLE_VIEW)).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(post("/people/employees/17/account/link").param("username", "x1")
                .with(withPermissions(PeoplePermissions.PEOPLE_VIEW)).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(post("/people/employees/17/account").param("username", "x1").param("password", "Garrison2026x").with(csrf()))
            .andExpect(redirectedUrl("/login"));
        verify(accounts, never()).createAccount(any(), anyLong(), anyString(), anyString());
        verify(accounts, never()).linkAccount(any(), anyLong(), anyString());
    }

    @Test
    void hrLinksAnExistingLoginAndAnUnknownNameIsShown() throws Exception {
        when(accounts.linkAccount(any(), eq(17L), eq("nobody")))
            .thenThrow(new DomainException("people.account.unknownUser", "nobody"));
        mvc.perform(post("/people/employees/17/account/link").param("username", "nobody")
                .with(withPermissions(PeoplePermissions.PEOPLE_VIEW, PeoplePermissions.EMPLOYEES_MANAGE)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("不存在用户名为 nobody 的账号。")));
        mvc.perform(post("/people/employees/17/account/link").param("username", "guard")
                .with(withPermissions(PeoplePermissions.EMPLOYEES_MANAGE)).with(csrf()))
            .andExpect(redirectedUrl("/people/employees/17"))
            .andExpect(flash().attribute("flash", "people.account.linked"));
    }

}
