package org.garrison.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.garrison.identity.TestAccounts;
import org.garrison.identity.internal.Users;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class UserAdminControllerIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users users;

    @Autowired
    OrganisationManagement organisation;

    TestAccounts accounts;

    @BeforeEach
    void setUp(@Autowired ApplicationContext context) {
        accounts = TestAccounts.from(context);
    }

    @Test
    void administratorFindsUsersWithRoleNamesAndScopeInChinese() throws Exception {
        mvc.perform(get("/admin/users").param("q", "supervisor").with(accounts.as("admin")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-username=\"supervisor\"")))
            .andExpect(content().string(containsString("保安主管")))
            .andExpect(content().string(containsString("某个大队")))
            .andExpect(content().string(not(containsString("data-username=\"admin\""))));
    }

    @Test
    void userListSwitchesToEnglish() throws Exception {
        mvc.perform(get("/admin/users").param("q", "client2").param("lang", "en").with(accounts.as("admin")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Client user")))
            .andExpect(content().string(containsString("One client&#39;s sites")));
    }

    @Test
    void userListIsPaged() throws Exception {
        mvc.perform(get("/admin/users").param("page", "0").with(accounts.as("admin")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"users\"")));
        mvc.perform(get("/admin/users").param("page", "-1").with(accounts.as("admin"))).andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @ValueSource(strings = { "cs", "guard", "client", "chairman" })
    void onlyUserAdministratorsMayOpenUserPages(String username) throws Exception {
        mvc.perform(get("/admin/users").with(accounts.as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/new").with(accounts.as(username))).andExpect(status().isForbidden());
        long guard = accounts.newGuard("seen").getId();
        mvc.perform(get("/admin/users/{id}/edit", guard).with(accounts.as(username))).andExpect(status().isForbidden());
    }

    @Test
    void administrationMenuOffersUsersAndRolesOnlyToAdministrators() throws Exception {
        mvc.perform(get("/").with(accounts.as("admin")))
            .andExpect(content().string(containsString("data-nav=\"nav.users\"")))
            .andExpect(content().string(containsString("data-nav=\"nav.roles\"")));
        mvc.perform(get("/").with(accounts.as("cs")))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("data-nav=\"nav.users\""))))
            .andExpect(content().string(not(containsString("data-nav=\"nav.roles\""))));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/users/new")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void newUserFormKeepsTheFieldIdsTheBrowserTestsUse() throws Exception {
        mvc.perform(get("/admin/users/new").with(accounts.as("admin")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"username\"")))
            .andExpect(content().string(containsString("id=\"displayName\"")))
            .andExpect(content().string(containsString("id=\"email\"")))
            .andExpect(content().string(containsString("id=\"phone\"")))
            .andExpect(content().string(containsString("id=\"password\"")))
            .andExpect(content().string(containsString("id=\"role-GUARD\"")))
            .andExpect(content().string(containsString("name=\"roleIds\"")))
            .andExpect(content().string(containsString("id=\"scopeLevel\"")))
            .andExpect(content().string(containsString("id=\"scopeRefId\"")))
            .andExpect(content().string(containsString("<optgroup")))
            .andExpect(content().string(containsString("id=\"save-user\"")))
            .andExpect(content().string(not(containsString("id=\"enabled\""))));
    }

    @Test
    void administratorCreatesAGuardForOneSite() throws Exception {
        String username = TestAccounts.uniqueName("newguard");
        long site = organisation.siteByCode("S101").orElseThrow().value();
        mvc.perform(newUser(username, TestAccounts.PASSWORD, "SITE", String.valueOf(site)).with(accounts.as("admin")).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/admin/users"))
            .andExpect(flash().attribute("flash", "user.created"));

        var created = users.search(username, org.springframework.data.domain.Pageable.ofSize(5)).getContent().get(0);
        assertThat(created.getUsername()).isEqualTo(username);
        assertThat(created.getScopeLevel()).isEqualTo(ScopeLevel.SITE);
        assertThat(created.getScopeRefId()).isEqualTo(site);
        assertThat(created.getRoles()).extracting("code").containsExactly("GUARD");
        assertThat(created.getEmail()).isEqualTo(username + "@example.com");
    }

    @Test
    void takenUserNameIsRefusedAndNothingIsSaved() throws Exception {
        long before = userCount();
        mvc.perform(newUser("admin", TestAccounts.PASSWORD, "COMPANY", "").with(accounts.as("admin")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("用户名 admin 已被占用。")));
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void weakPasswordIsRefusedInTheUsersLanguage() throws Exception {
        String username = TestAccounts.uniqueName("weak");
        mvc.perform(newUser(username, "short1", "COMPANY", "").with(accounts.as("admin")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("密码至少需要 10 个字符。")))
            .andExpect(content().string(not(containsString("short1"))));
        mvc.perform(newUser(username, "short1", "COMPANY", "").param("lang", "en").with(accounts.as("admin")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("The password must have at least 10 characters.")));
        assertThat(exists(username)).isFalse();
    }

    @Test
    void siteScopeWithoutASiteIsRefused() throws Exception {
        String username = TestAccounts.uniqueName("nosite");
        mvc.perform(newUser(username, TestAccounts.PASSWORD, "SITE", "").with(accounts.as("admin")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("请选择数据范围对应的大队、驻点或客户")));
        mvc.perform(newUser(username, TestAccounts.PASSWORD, "CLIENT", "999999").with(accounts.as("admin")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("请选择数据范围对应的大队、驻点或客户")));
        assertThat(exists(username)).isFalse();
    }

    @Test
    void userWithoutRoleIsRefused() throws Exception {
        String username = TestAccounts.uniqueName("norole");
        mvc.perform(post("/admin/users").param("username", username).param("displayName", "无角色")
                .param("password", TestAccounts.PASSWORD).param("scopeLevel", "COMPANY").param("scopeRefId", "")
                .with(accounts.as("admin")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("请至少为用户分配一个角色。")));
        assertThat(exists(username)).isFalse();
    }

    @Test
    void invalidFieldsAreShownBesideTheFields() throws Exception {
        String username = TestAccounts.uniqueName("invalid");
        mvc.perform(post("/admin/users").param("username", username).param("displayName", " ")
                .param("email", "not-an-address").param("password", TestAccounts.PASSWORD)
                .param("roleIds", String.valueOf(accounts.roleId("GUARD"))).param("scopeLevel", "OWN")
                .with(accounts.as("admin")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")))
            .andExpect(content().string(containsString("不能为空")))
            .andExpect(content().string(containsString("value=\"not-an-address\"")));
        assertThat(exists(username)).isFalse();
    }

    @Test
    void postWithoutCsrfTokenIsRejectedAndChangesNothing() throws Exception {
        String username = TestAccounts.uniqueName("nocsrf");
        mvc.perform(newUser(username, TestAccounts.PASSWORD, "COMPANY", "").with(accounts.as("admin")))
            .andExpect(status().isForbidden());
        assertThat(exists(username)).isFalse();
    }

    @Test
    void userWithoutTheRightCannotCreateUsers() throws Exception {
        String username = TestAccounts.uniqueName("bycs");
        mvc.perform(newUser(username, TestAccounts.PASSWORD, "COMPANY", "").with(accounts.as("cs")).with(csrf()))
            .andExpect(status().isForbidden());
        assertThat(exists(username)).isFalse();
    }

    @Test
    void administratorChangesRolesScopeAndDisablesAnAccount() throws Exception {
        var guard = accounts.newGuard("edited");
        long branch = organisation.branchByCode("B1").orElseThrow().value();
        mvc.perform(get("/admin/users/{id}/edit", guard.getId()).with(accounts.as("admin")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"enabled\"")))
            .andExpect(content().string(containsString(guard.getUsername())))
            .andExpect(content().string(not(containsString("id=\"password\""))));

        mvc.perform(post("/admin/users/{id}", guard.getId()).param("displayName", "队长 新")
                .param("roleIds", String.valueOf(accounts.roleId("TEAM_LEADER")))
                .param("roleIds", String.valueOf(accounts.roleId("GUARD")))
                .param("scopeLevel", "BRANCH").param("scopeRefId", String.valueOf(branch))
                .with(accounts.as("admin")).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/admin/users/" + guard.getId()));

        var changed = users.get(guard.getId());
        assertThat(changed.getDisplayName()).isEqualTo("队长 新");
        assertThat(changed.isEnabled()).isFalse();
        assertThat(changed.getScopeLevel()).isEqualTo(ScopeLevel.BRANCH);
        assertThat(changed.getScopeRefId()).isEqualTo(branch);
        assertThat(changed.getRoles()).extracting("code").containsExactlyInAnyOrder("TEAM_LEADER", "GUARD");
    }

    @Test
    void administratorCannotDisableThemself() throws Exception {
        long admin = jdbc.sql("select id from app_user where username = 'admin'").query(Long.class).single();
        mvc.perform(post("/admin/users/{id}", admin).param("displayName", "系统管理员 王磊").param("enabled", "false")
                .param("roleIds", String.valueOf(accounts.roleId("ADMIN"))).param("scopeLevel", "COMPANY")
                .with(accounts.as("admin")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("不能禁止自己的账户登录。")));
        assertThat(users.get(admin).isEnabled()).isTrue();
    }

    @Test
    void editingAnUnknownUserIsNotFound() throws Exception {
        mvc.perform(get("/admin/users/{id}/edit", 987654321L).with(accounts.as("admin"))).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder newUser(String username, String password, String scopeLevel, String scopeRefId) {
        return post("/admin/users").param("username", username).param("displayName", "新 保安员")
            .param("email", username + "@example.com").param("phone", "13800000000").param("password", password)
            .param("roleIds", String.valueOf(accounts.roleId("GUARD"))).param("scopeLevel", scopeLevel)
            .param("scopeRefId", scopeRefId);
    }

    private long userCount() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    private boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where lower(username) = lower(?)").param(username).query(Long.class).single() > 0;
    }

}
