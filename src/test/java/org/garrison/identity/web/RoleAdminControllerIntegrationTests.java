package org.garrison.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.garrison.audit.AuditPermissions;
import org.garrison.identity.IdentityPermissions;
import org.garrison.identity.TestAccounts;
import org.garrison.identity.internal.BuiltInRoles;
import org.garrison.identity.internal.Roles;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RoleAdminControllerIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Roles roles;

    @Autowired
    BuiltInRoles builtInRoles;

    TestAccounts accounts;

    @BeforeEach
    void setUp(@Autowired ApplicationContext context) {
        accounts = TestAccounts.from(context);
    }

    @Test
    void administratorSeesRolesWithHowManyUsersHoldThem() throws Exception {
        long clients = roles.memberCounts().get("CLIENT");
        assertThat(clients).isGreaterThanOrEqualTo(2);
        mvc.perform(get("/admin/roles").with(accounts.as("admin")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-role=\"CLIENT\"")))
            .andExpect(content().string(containsString("<td class=\"members\">" + clients + "</td>")))
            .andExpect(content().string(containsString("系统管理员")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "cs", "guard", "client" })
    void othersMayNotManageRoles(String username) throws Exception {
        long guardRole = accounts.roleId("GUARD");
        mvc.perform(get("/admin/roles").with(accounts.as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/roles/new").with(accounts.as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/roles/{id}/edit", guardRole).with(accounts.as(username))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/roles/{id}", guardRole).param("code", "GUARD").param("nameZh", "保安员")
                .param("nameEn", "Guard").param("permissions", "USERS_MANAGE").with(accounts.as(username)).with(csrf()))
            .andExpect(status().isForbidden());
        assertThat(builtInRoles.role("GUARD").getPermissions()).doesNotContain(IdentityPermissions.USERS_MANAGE);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin/roles")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void roleFormLabelsPermissionsInTheUsersLanguage() throws Exception {
        mvc.perform(get("/admin/roles/new").with(accounts.as("admin")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"perm-USERS_MANAGE\"")))
            .andExpect(content().string(containsString("管理用户及其角色、数据范围和令牌")));
        mvc.perform(get("/admin/roles/new").param("lang", "en").with(accounts.as("admin")))
            .andExpect(content().string(containsString("Manage roles and permissions")));
    }

    @Test
    void administratorCreatesARoleAndLaterChangesIt() throws Exception {
        String code = uniqueCode();
        mvc.perform(post("/admin/roles").param("code", code.toLowerCase(Locale.ROOT)).param("nameZh", "调度员")
                .param("nameEn", "Dispatcher").param("permissions", "ORG_VIEW").param("permissions", "CLIENTS_VIEW")
                .with(accounts.as("admin")).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/admin/roles"))
            .andExpect(flash().attribute("flash", "role.created"));
        var created = builtInRoles.role(code);
        assertThat(created.getNameZh()).isEqualTo("调度员");
        assertThat(created.getPermissions()).containsExactlyInAnyOrder(OrganisationPermissions.ORG_VIEW, OrganisationPermissions.CLIENTS_VIEW);

        mvc.perform(get("/admin/roles/{id}/edit", created.getId()).with(accounts.as("admin")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"Dispatcher\"")));
        mvc.perform(post("/admin/roles/{id}", created.getId()).param("code", code).param("nameZh", "调度中心")
                .param("nameEn", "Dispatch centre").param("permissions", "AUDIT_VIEW")
                .with(accounts.as("admin")).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("flash", "common.saved"));
        var changed = builtInRoles.role(code);
        assertThat(changed.getNameEn()).isEqualTo("Dispatch centre");
        assertThat(changed.getPermissions()).containsExactly(AuditPermissions.AUDIT_VIEW);
    }

    @Test
    void invalidOrTakenCodesAreRefused() throws Exception {
        long before = roleCount();
        mvc.perform(post("/admin/roles").param("code", "9LIVES").param("nameZh", "无效").param("nameEn", "Invalid")
                .with(accounts.as("admin")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("代码须为 2 至 40 个大写字母、数字或下划线")));
        mvc.perform(post("/admin/roles").param("code", "GUARD").param("nameZh", "重复").param("nameEn", "Again")
                .with(accounts.as("admin")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("代码为 GUARD 的角色已存在。")));
        mvc.perform(post("/admin/roles").param("code", uniqueCode()).param("nameZh", "").param("nameEn", "No Chinese name")
                .with(accounts.as("admin")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        assertThat(roleCount()).isEqualTo(before);
    }

    @Test
    void administratorRoleKeepsUserAndRoleManagement() throws Exception {
        var admin = builtInRoles.role(BuiltInRoles.ADMIN);
        mvc.perform(post("/admin/roles/{id}", admin.getId()).param("code", "ADMIN").param("nameZh", admin.getNameZh())
                .param("nameEn", admin.getNameEn()).param("permissions", "ROLES_MANAGE")
                .with(accounts.as("admin")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("系统管理员角色必须保留管理用户和管理角色的权限。")));
        assertThat(builtInRoles.role(BuiltInRoles.ADMIN).getPermissions()).contains(IdentityPermissions.USERS_MANAGE, IdentityPermissions.ROLES_MANAGE);
    }

    @Test
    void postWithoutCsrfTokenIsRejectedAndChangesNothing() throws Exception {
        String code = uniqueCode();
        mvc.perform(post("/admin/roles").param("code", code).param("nameZh", "无令牌").param("nameEn", "No token")
                .with(accounts.as("admin")))
            .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from app_role where code = ?").param(code).query(Long.class).single()).isZero();
    }

    private static String uniqueCode() {
        return "T_" + TestAccounts.uniqueName("R").replace("-", "_").toUpperCase(Locale.ROOT);
    }

    private long roleCount() {
        return jdbc.sql("select count(*) from app_role").query(Long.class).single();
    }

}
