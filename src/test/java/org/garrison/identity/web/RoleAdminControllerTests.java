package org.garrison.identity.web;

import static org.garrison.identity.internal.IdentityFixtures.role;
import static org.garrison.identity.web.IdentitySlice.containsCompacted;
import static org.garrison.identity.web.IdentitySlice.withEveryPermissionBut;
import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.audit.AuditPermissions;
import org.garrison.identity.IdentityPermissions;
import org.garrison.identity.internal.Role;
import org.garrison.identity.internal.Roles;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.PlatformPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.Permission;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.DeclaredPermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebSliceTest
class RoleAdminControllerTests {

    private static final RequestPostProcessor ROLE_ADMINISTRATOR = withPermissions(IdentityPermissions.ROLES_MANAGE);

    @Autowired
    MockMvc mvc;

    @Autowired
    Roles roles;

    private final Role admin = role(1, "ADMIN", "系统管理员", "Administrator", true, IdentityPermissions.USERS_MANAGE,
            IdentityPermissions.ROLES_MANAGE, AuditPermissions.AUDIT_VIEW);

    private final Role dispatcher = role(12, "DISPATCHER", "调度员", "Dispatcher", false, OrganisationPermissions.ORG_VIEW);

    @BeforeEach
    void twoRoles() {
        when(roles.all()).thenReturn(List.of(admin, dispatcher));
        when(roles.memberCounts()).thenReturn(Map.of("ADMIN", 3L));
        when(roles.get(1)).thenReturn(admin);
        when(roles.get(99)).thenThrow(new NotFoundException("entity.role", 99L));
    }

    @Test
    void roleAdministratorSeesRolesByNameWithMembersAndPermissionCounts() throws Exception {
        mvc.perform(get("/admin/roles").with(ROLE_ADMINISTRATOR))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/roles/list"))
            .andExpect(content().string(not(containsString(">ADMIN<"))))
            .andExpect(content().string(not(containsString(">DISPATCHER<"))))
            .andExpect(content().string(containsString("data-role=\"ADMIN\"")))
            .andExpect(content().string(containsString("<span>系统管理员</span>")))
            .andExpect(content().string(containsString("内置")))
            .andExpect(content().string(containsString("<td>3</td>")))
            .andExpect(content().string(containsString("<td class=\"members\">3</td>")))
            .andExpect(content().string(containsString("data-role=\"DISPATCHER\"")))
            .andExpect(content().string(containsString("<td class=\"members\">0</td>")))
            .andExpect(content().string(containsString("href=\"/admin/roles/12/edit\"")));
    }

    @Test
    void roleNamesFollowTheLanguageSwitch() throws Exception {
        mvc.perform(get("/admin/roles").param("lang", "en").with(ROLE_ADMINISTRATOR))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<span>Administrator</span>")))
            .andExpect(content().string(containsString("<span>Dispatcher</span>")));
    }

    @Test
    void newRoleFormOffersEveryPermission() throws Exception {
        var page = mvc.perform(get("/admin/roles/new").with(ROLE_ADMINISTRATOR))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/roles/form"))
            .andExpect(content().string(containsString("管理用户及其角色、数据范围和令牌")))
            .andExpect(content().string(not(containsString("readonly"))));
        for (Permission permission : DeclaredPermissions.all()) {
            page.andExpect(content().string(containsString("id=\"perm-" + permission.name() + "\"")));
        }
    }

    @Test
    void roleAdministratorCreatesARoleWithTheCodeInCapitals() throws Exception {
        mvc.perform(newRole(" dispatcher ").with(ROLE_ADMINISTRATOR).with(csrf()))
            .andExpect(redirectedUrl("/admin/roles"))
            .andExpect(flash().attribute("flash", "role.created"));
        verify(roles).create("DISPATCHER", "调度员", "Dispatcher", Set.of(OrganisationPermissions.ORG_VIEW, OrganisationPermissions.CLIENTS_VIEW));
    }

    @Test
    void roleWithoutPermissionsGrantsNone() throws Exception {
        mvc.perform(post("/admin/roles").param("code", "VISITOR").param("nameZh", "访客").param("nameEn", "Visitor")
                .with(ROLE_ADMINISTRATOR).with(csrf()))
            .andExpect(redirectedUrl("/admin/roles"));
        verify(roles).create("VISITOR", "访客", "Visitor", Set.of());
    }

    @Test
    void missingNamesReRenderTheFormAndCreateNothing() throws Exception {
        mvc.perform(post("/admin/roles").param("code", "DISPATCHER").param("nameZh", " ").param("nameEn", "Dispatcher")
                .param("permissions", "ORG_VIEW").with(ROLE_ADMINISTRATOR).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/roles/form"))
            .andExpect(content().string(containsString("is-invalid")))
            .andExpect(content().string(containsString("不能为空")))
            .andExpect(content().string(containsString("value=\"DISPATCHER\"")))
            .andExpect(content().string(containsCompacted("value=\"ORG_VIEW\" checked")));
        verify(roles, never()).create(anyString(), anyString(), anyString(), any());
    }

    @Test
    void refusalOfTheServiceIsShownOnTheFormInTheUsersLanguage() throws Exception {
        when(roles.create(eq("DISPATCHER"), anyString(), anyString(), any()))
            .thenThrow(new DomainException("role.codeTaken", "DISPATCHER"));

        mvc.perform(newRole("DISPATCHER").with(ROLE_ADMINISTRATOR).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/roles/form"))
            .andExpect(content().string(containsString("代码为 DISPATCHER 的角色已存在。")));
        mvc.perform(newRole("DISPATCHER").param("lang", "en").with(ROLE_ADMINISTRATOR).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("A role with the code DISPATCHER already exists.")));
    }

    @Test
    void editFormNamesTheRoleInsteadOfShowingItsCodeAndShowsTheGrantedPermissions() throws Exception {
        mvc.perform(get("/admin/roles/1/edit").with(ROLE_ADMINISTRATOR))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("编辑角色：系统管理员")))
            .andExpect(content().string(containsCompacted("type=\"hidden\" name=\"code\" value=\"ADMIN\"")))
            .andExpect(content().string(not(containsString(">ADMIN<"))))
            .andExpect(content().string(containsString("value=\"系统管理员\"")))
            .andExpect(content().string(containsCompacted("value=\"USERS_MANAGE\" checked")))
            .andExpect(content().string(not(containsCompacted("value=\"ORG_MANAGE\" checked"))));
    }

    @Test
    void unknownRoleIsNotFound() throws Exception {
        mvc.perform(get("/admin/roles/99/edit").with(ROLE_ADMINISTRATOR))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("角色 99 不存在或不在您的数据范围内。")));
        mvc.perform(post("/admin/roles/99").param("code", "X").param("nameZh", "某").param("nameEn", "Some")
                .with(ROLE_ADMINISTRATOR).with(csrf()))
            .andExpect(status().isNotFound());
        verify(roles, never()).update(anyLong(), anyString(), anyString(), any());
    }

    @Test
    void roleAdministratorRenamesARoleAndChangesItsPermissions() throws Exception {
        mvc.perform(post("/admin/roles/1").param("code", "ADMIN").param("nameZh", "管理员").param("nameEn", "Admin")
                .param("permissions", "USERS_MANAGE", "ROLES_MANAGE", "SYSTEM_MONITOR").with(ROLE_ADMINISTRATOR).with(csrf()))
            .andExpect(redirectedUrl("/admin/roles"))
            .andExpect(flash().attribute("flash", "common.saved"));
        verify(roles).update(1, "管理员", "Admin",
                Set.of(IdentityPermissions.USERS_MANAGE, IdentityPermissions.ROLES_MANAGE, PlatformPermissions.SYSTEM_MONITOR));
    }

    @Test
    void refusedChangeReRendersTheFormWithTheStoredCode() throws Exception {
        doThrow(new DomainException("role.adminMustManage")).when(roles).update(eq(1L), anyString(), anyString(), any());

        mvc.perform(post("/admin/roles/1").param("code", "RENAMED").param("nameZh", "管理员").param("nameEn", "Admin")
                .param("permissions", "AUDIT_VIEW").with(ROLE_ADMINISTRATOR).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/roles/form"))
            .andExpect(content().string(containsString("系统管理员角色必须保留管理用户和管理角色的权限。")))
            .andExpect(content().string(containsCompacted("name=\"code\" value=\"ADMIN\"")))
            .andExpect(content().string(not(containsString("RENAMED"))))
            .andExpect(content().string(containsCompacted("value=\"AUDIT_VIEW\" checked")));
        mvc.perform(post("/admin/roles/1").param("code", "ADMIN").param("nameZh", "管理员").param("nameEn", "Admin")
                .param("lang", "en").with(ROLE_ADMINISTRATOR).with(csrf()))
            .andExpect(content().string(containsString("The administrator role must keep the permissions to manage users and roles.")));
    }

    @Test
    void invalidChangeReRendersTheFormAndSavesNothing() throws Exception {
        mvc.perform(post("/admin/roles/1").param("code", "ADMIN").param("nameZh", "管理员").param("nameEn", "")
                .with(ROLE_ADMINISTRATOR).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")))
            .andExpect(content().string(containsString("编辑角色：系统管理员")));
        verify(roles, never()).update(anyLong(), anyString(), anyString(), any());
    }

    @Test
    void onlyRoleAdministratorsMayOpenOrChangeRolesNotEvenUserAdministrators() throws Exception {
        for (var other : List.of(withEveryPermissionBut(IdentityPermissions.ROLES_MANAGE), as(ScopeLevel.BRANCH, 11L))) {
            mvc.perform(get("/admin/roles").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/roles/new").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/roles/1/edit").with(other)).andExpect(status().isForbidden());
            mvc.perform(newRole("DISPATCHER").with(other).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/roles/1").param("code", "ADMIN").param("nameZh", "管理员").param("nameEn", "Admin")
                    .param("permissions", "USERS_MANAGE").with(other).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("您无权执行此操作。")));
        }
        verifyNoInteractions(roles);
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndNothingIsTouched() throws Exception {
        mvc.perform(get("/admin/roles")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/roles/1/edit")).andExpect(redirectedUrl("/login"));
        mvc.perform(newRole("DISPATCHER").with(csrf())).andExpect(redirectedUrl("/login"));
        verifyNoInteractions(roles);
    }

    @Test
    void postsWithoutCsrfTokenAreRefusedEvenForRoleAdministrators() throws Exception {
        mvc.perform(newRole("DISPATCHER").with(ROLE_ADMINISTRATOR)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/roles/1").param("code", "ADMIN").param("nameZh", "管理员").param("nameEn", "Admin")
                .with(ROLE_ADMINISTRATOR))
            .andExpect(status().isForbidden());
        verifyNoInteractions(roles);
    }

    private static MockHttpServletRequestBuilder newRole(String code) {
        return post("/admin/roles").param("code", code).param("nameZh", "调度员").param("nameEn", "Dispatcher")
            .param("permissions", "ORG_VIEW", "CLIENTS_VIEW");
    }

}
