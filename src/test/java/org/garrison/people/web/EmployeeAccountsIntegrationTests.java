package org.garrison.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;

import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.PeoplePermissions;
import org.garrison.platform.security.TestPrincipals;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A new guard's sign-in: HR hires an applicant planned for a site and post (posted there once the on-duty gate
 * clears them), creates the login on the employee page or over the API, the guard signs in and opens their own
 * record; an administrator links and unlinks accounts and records on the user page and over the API.
 */
@IntegrationTest
class EmployeeAccountsIntegrationTests {

    private static final String PASSWORD = "Garrison2026x";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    IdentityManagement identity;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void hrHiresAnApplicantForAPlannedPostCreatesTheLoginAndTheGuardOpensTheirRecord() throws Exception {
        long employee = hire();
        assertThat(jdbc.sql("select site_id from ppl_employee where id = ?").param(employee).query(Long.class).optional())
            .isEmpty();
        mvc.perform(get("/people/employees/{id}", employee).with(as("hr")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("录用岗位：鹏城银行福田支行 · 北门岗")))
            .andExpect(content().string(containsString("尚未派驻")))
            .andExpect(content().string(containsString("创建登录账号")));

        String username = "new.guard" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        mvc.perform(post("/people/employees/{id}/account", employee).param("username", username).param("password", "short")
                .with(as("hr")).with(csrf()).header("Accept-Language", "zh-CN"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("至少")));
        mvc.perform(post("/people/employees/{id}/account", employee).param("username", username).param("password", PASSWORD)
                .with(as("hr")).with(csrf()))
            .andExpect(redirectedUrl("/people/employees/" + employee))
            .andExpect(flash().attribute("flash", "people.account.created"));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Employee' and entity_id = ? and action = 'LINK_USER'")
            .param(String.valueOf(employee)).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
            .andExpect(redirectedUrl("/"));
        mvc.perform(get("/people/me").with(as(username))).andExpect(redirectedUrl("/people/employees/" + employee));
        mvc.perform(get("/people/employees/{id}", employee).with(as(username)).header("Accept-Language", "zh-CN"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("登录用户名：" + username)));
        mvc.perform(get("/api/v1/people/employees/{id}/account", employee).with(as("hr")))
            .andExpect(jsonPath("$.username").value(username));
    }

    @Test
    void aHireIsPostedAtThePlannedSiteAndPostOnceTheGateClearsThem() throws Exception {
        long employee = hire();
        mvc.perform(post("/api/v1/people/employees/{id}/deployment", employee).with(as("hr")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("未通过入职培训考核。"));
        for (String kind : new String[] { "ONBOARDING", "SKILLS" }) {
            var course = jdbc.sql("select id, max_score from ppl_course where kind = ? order by id")
                .param(kind)
                .query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
                .list()
                .get(0);
            mvc.perform(post("/api/v1/people/courses/{id}/scores", course[0]).with(as("trainer"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"employeeId\": %d, \"score\": %d, \"takenOn\": \"%s\"}".formatted(employee, course[1],
                            java.time.LocalDate.now(clock))))
                .andExpect(status().isCreated());
        }
        mvc.perform(post("/api/v1/people/employees/{id}/certificates", employee).with(as("hr"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"GUARD_LICENCE\", \"number\": \"BA%d\", \"issuedOn\": \"2026-01-01\", \"expiresOn\": \"2036-01-01\"}"
                    .formatted(employee)))
            .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/people/employees/{id}/deployment", employee).with(as("guard"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/employees/{id}/deployment", employee)).andExpect(status().isUnauthorized());
        long site = organisation.siteByCode("S101").orElseThrow().value();
        mvc.perform(post("/api/v1/people/employees/{id}/deployment", employee).with(as("hr")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.siteId").value((int) site))
            .andExpect(jsonPath("$.postId").isNumber());
        mvc.perform(post("/api/v1/people/employees/{id}/deployment", employee).with(as("hr")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value(containsString("没有可派驻的录用岗位")));
    }

    @Test
    void theLoginIsCreatedOverTheApiOnceWithinHrsScope() throws Exception {
        long employee = register();
        String username = "api.guard" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        mvc.perform(account(employee, "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, PASSWORD))
                .with(as("hr")))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", "/api/v1/people/employees/" + employee + "/account"))
            .andExpect(jsonPath("$.username").value(username));
        mvc.perform(account(employee, "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username + "b", PASSWORD))
                .with(as("hr")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value(containsString("已有登录账号")));
        mvc.perform(get("/people/me").with(as(username))).andExpect(redirectedUrl("/people/employees/" + employee));

        long other = register();
        mvc.perform(account(other, "{\"username\": \"\", \"password\": \"\"}").with(as("hr")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(account(other, "{\"username\": \"x y\", \"password\": \"%s\"}".formatted(PASSWORD)).with(as("hr"))
                .header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value(containsString("用户名")));
        mvc.perform(account(other, "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, PASSWORD))
                .with(as("hr")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value(containsString("已被占用")));
        mvc.perform(account(other, "{\"username\": \"x%s\", \"password\": \"%s\"}".formatted(username, PASSWORD))
                .with(as("guard")))
            .andExpect(status().isForbidden());
        mvc.perform(account(other, "{\"username\": \"x%s\", \"password\": \"%s\"}".formatted(username, PASSWORD)))
            .andExpect(status().isUnauthorized());
        long otherSite = organisation.siteByCode("S201").orElseThrow().value();
        mvc.perform(account(other, "{\"username\": \"x%s\", \"password\": \"%s\"}".formatted(username, PASSWORD))
                .with(TestPrincipals.as(ScopeLevel.SITE, otherSite, PeoplePermissions.EMPLOYEES_MANAGE,
                        PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/people/employees/{id}/account", other).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"nobody-" + username + "\"}").with(as("hr")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value(containsString("不存在用户名")));
    }

    @Test
    void anAdministratorLinksAndUnlinksAnAccountAndTheGuardsOwnRecordFollows() throws Exception {
        long employee = register();
        String username = "linked" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        long user = identity.createGuardUser(username, "待关联保安", null, PASSWORD, null).value();
        mvc.perform(get("/people/me").with(as(username))).andExpect(status().isNotFound());

        mvc.perform(link(user, "{\"employeeId\": %d}".formatted(employee)).with(as("hr"))).andExpect(status().isForbidden());
        mvc.perform(link(user, "{\"employeeId\": %d}".formatted(employee))).andExpect(status().isUnauthorized());
        mvc.perform(link(user, "{}").with(as("admin")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(link(user, "{\"employeeId\": 987654321}").with(as("admin"))).andExpect(status().isNotFound());
        mvc.perform(link(user, "{\"employeeId\": %d}".formatted(employee)).with(as("admin")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.employeeId").value((int) employee));
        mvc.perform(get("/people/me").with(as(username))).andExpect(redirectedUrl("/people/employees/" + employee));
        mvc.perform(link(user, "{\"employeeId\": %d}".formatted(register())).with(as("admin")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value(containsString("已关联到其他员工档案")));
        mvc.perform(get("/admin/users/{id}", user).with(as("admin")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("解除关联员工档案")));

        mvc.perform(delete("/api/v1/admin/users/{id}/employee", user).with(as("guard"))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/admin/users/{id}/employee", user).with(as("admin"))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/admin/users/{id}/employee", user).with(as("admin"))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/admin/users/{id}/employee", user).with(as("admin")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value(containsString("未关联员工档案")));
        mvc.perform(get("/people/me").with(as(username))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Employee' and entity_id = ? and action = 'UNLINK_USER'")
            .param(String.valueOf(employee)).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/admin/users/{id}/employee", user).param("employeeId", String.valueOf(employee)).with(as("admin"))
                .with(csrf()))
            .andExpect(redirectedUrl("/admin/users/" + user))
            .andExpect(flash().attribute("flash", "user.employeeLinked"));
        mvc.perform(post("/admin/users/{id}/employee/unlink", user).with(as("admin")).with(csrf()))
            .andExpect(redirectedUrl("/admin/users/" + user));
        mvc.perform(get("/people/me").with(as(username))).andExpect(status().isNotFound());
    }

    /**
     * Hires an applicant through the pages for a plan of a new 北门岗 of 福田支行 (a post of its own, so the demo's
     * open plans, one per post, stay as they are); returns the new employee's id.
     */
    private long hire() throws Exception {
        var site = organisation.siteByCode("S101").orElseThrow();
        String postName = "北门岗" + ThreadLocalRandom.current().nextInt(1000, 9999);
        long post = organisation.postAt(site, postName).value();
        long planId = JsonPath.<Number>read(mvc.perform(post("/api/v1/people/hiring-plans").with(as("hr"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"siteId\": %d, \"postId\": %d, \"postName\": \"%s\", \"headcount\": 1, \"dueBy\": \"2027-06-30\"}"
                    .formatted(site.value(), post, postName)))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString(), "$.id").longValue();
        String applicant = mvc.perform(post("/api/v1/people/applicants").with(as("hr")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"planId\": %d, \"fullName\": \"录用测试\", \"residentId\": \"%s\", \"phone\": \"13800007777\", \"channel\": \"REFERRAL\"}"
                    .formatted(planId, residentId())))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(applicant, "$.id");
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/api/v1/people/applicants/{id}/advance", id).with(as("hr"))).andExpect(status().isOk());
        }
        mvc.perform(post("/api/v1/people/applicants/{id}/override", id).with(as("hr")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"退伍军人，经理特批\"}"))
            .andExpect(status().isOk());
        var hired = mvc.perform(post("/people/applicants/{id}/advance", id).with(as("hr")).with(csrf()))
            .andExpect(flash().attribute("flash", "people.applicant.hired"))
            .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(hired.substring(hired.lastIndexOf('/') + 1));
    }

    private long register() throws Exception {
        long branch = organisation.branchOf(organisation.siteByCode("S101").orElseThrow()).orElseThrow().value();
        String employee = mvc.perform(post("/api/v1/people/employees").with(as("hr")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\": \"账号测试\", \"residentId\": \"%s\", \"phone\": \"13800006666\", \"branchId\": %d, \"hiredOn\": \"2026-01-05\"}"
                    .formatted(residentId(), branch)))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(employee, "$.id")).longValue();
    }

    private static MockHttpServletRequestBuilder account(long employee, String json) {
        return post("/api/v1/people/employees/{id}/account", employee).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private static MockHttpServletRequestBuilder link(long user, String json) {
        return put("/api/v1/admin/users/{id}/employee", user).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** A resident ID no one has (most likely): a random day of birth 1985–1999 and sequence, the right check character. */
    private static String residentId() {
        var random = ThreadLocalRandom.current();
        String first17 = "440304%d%02d%02d%03d".formatted(random.nextInt(1985, 2000), random.nextInt(1, 13),
                random.nextInt(1, 29), random.nextInt(1000));
        return first17 + org.garrison.shared.ResidentIds.checkCharacter(first17);
    }

}
