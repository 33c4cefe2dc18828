package org.garrison.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.identity.internal.IdentityFixtures.PASSWORD_HASH;
import static org.garrison.identity.internal.IdentityFixtures.role;
import static org.garrison.identity.internal.IdentityFixtures.user;
import static org.garrison.identity.web.IdentitySlice.withEveryPermissionBut;
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
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
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
import java.util.Set;

import org.garrison.identity.IdentityPermissions;
import org.garrison.identity.internal.Role;
import org.garrison.identity.internal.Roles;
import org.garrison.identity.internal.User;
import org.garrison.identity.internal.Users;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.BranchChoice;
import org.garrison.organisation.OrganisationManagement.ClientChoice;
import org.garrison.organisation.OrganisationManagement.SiteChoice;
import org.garrison.shared.SiteId;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.BranchId;
import org.garrison.shared.ClientId;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebSliceTest
class UserAdminControllerTests {

    private static final RequestPostProcessor ADMINISTRATOR = withPermissions(IdentityPermissions.USERS_MANAGE);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void fixClock() {
        clock.fix(IdentitySlice.NOW);
    }

    @Autowired
    Users users;

    @Autowired
    Roles roles;

    @Autowired
    OrganisationManagement organisation;

    private final Role adminRole = role(1, "ADMIN", "系统管理员", "Administrator", true, IdentityPermissions.USERS_MANAGE);

    private final Role guardRole = role(7, "GUARD", "保安员", "Guard", true, OrganisationPermissions.ORG_VIEW);

    private User guard;

    @BeforeEach
    void organisationAndRoles() {
        guard = user(42, "zhang.san", "张三", ScopeLevel.SITE, 21L, guardRole);
        when(roles.all()).thenReturn(List.of(adminRole, guardRole));
        when(organisation.branchNames()).thenReturn(List.of(new BranchChoice(new BranchId(11), "第一大队")));
        when(organisation.everySite()).thenReturn(List.of(new SiteChoice(new SiteId(21), "S021", "滨江驻点")));
        when(organisation.clientNames()).thenReturn(List.of(new ClientChoice(new ClientId(31), "华星物业")));
    }

    @Test
    void userAdministratorFindsAccountsWithRoleNamesAndScopeInChinese() throws Exception {
        when(users.search(eq("zhang"), any())).thenReturn(new PageImpl<>(List.of(guard), PageRequest.of(0, 20), 1));

        mvc.perform(get("/admin/users").param("q", "zhang").with(ADMINISTRATOR))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/users/list"))
            .andExpect(content().string(containsString("data-username=\"zhang.san\"")))
            .andExpect(content().string(containsString("保安员")))
            .andExpect(content().string(containsString("某个驻点")))
            .andExpect(content().string(containsString("滨江驻点")))
            .andExpect(content().string(not(containsString(PASSWORD_HASH))));
        verify(users).search("zhang", PageRequest.of(0, UserAdminController.PAGE_SIZE));
    }

    @Test
    void userListSpeaksEnglishAfterTheLanguageSwitch() throws Exception {
        when(users.search(any(), any())).thenReturn(new PageImpl<>(List.of(guard), PageRequest.of(0, 20), 1));

        mvc.perform(get("/admin/users").param("lang", "en").with(ADMINISTRATOR))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(">Guard<")))
            .andExpect(content().string(containsString("One site")));
    }

    @Test
    void userListAsksForTheRequestedPageAndRefusesNegativePages() throws Exception {
        when(users.search(any(), any())).thenReturn(new PageImpl<>(List.of(guard), PageRequest.of(2, 20), 41));

        mvc.perform(get("/admin/users").param("page", "2").with(ADMINISTRATOR))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("第 3 页")));
        verify(users).search(null, PageRequest.of(2, UserAdminController.PAGE_SIZE));

        mvc.perform(get("/admin/users").param("page", "-1").with(ADMINISTRATOR)).andExpect(status().isBadRequest());
        verifyNoMoreInteractions(users);
    }

    @Test
    void newUserFormOffersRolesAndEveryScopeTarget() throws Exception {
        mvc.perform(get("/admin/users/new").with(ADMINISTRATOR))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/users/form"))
            .andExpect(content().string(containsString("id=\"role-ADMIN\"")))
            .andExpect(content().string(containsString("id=\"role-GUARD\"")))
            .andExpect(content().string(containsString("第一大队")))
            .andExpect(content().string(containsString("滨江驻点")))
            .andExpect(content().string(containsString("华星物业")))
            .andExpect(content().string(containsString("id=\"password\"")))
            .andExpect(content().string(not(containsString("id=\"enabled\""))));
    }

    @Test
    void administratorCreatesAnAccountAndSeesTheFlash() throws Exception {
        mvc.perform(newGuard("li.si", "Wachdienst2026").with(ADMINISTRATOR).with(csrf()))
            .andExpect(redirectedUrl("/admin/users"))
            .andExpect(flash().attribute("flash", "user.created"));

        var account = ArgumentCaptor.forClass(Users.NewAccount.class);
        verify(users).create(account.capture());
        assertThat(account.getValue()).isEqualTo(new Users.NewAccount("li.si", "李四", "li.si@example.com", "13800000000",
                "Wachdienst2026", Set.of(7L), ScopeLevel.SITE, 21L));
    }

    @Test
    void invalidFieldsReRenderTheFormBesideTheFieldsAndCreateNothing() throws Exception {
        mvc.perform(post("/admin/users").param("username", "li.si").param("displayName", " ")
                .param("email", "not-an-address").param("password", "Wachdienst2026").param("roleIds", "7")
                .param("scopeLevel", "OWN").with(ADMINISTRATOR).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/users/form"))
            .andExpect(content().string(containsString("is-invalid")))
            .andExpect(content().string(containsString("不能为空")))
            .andExpect(content().string(containsString("value=\"not-an-address\"")))
            .andExpect(content().string(not(containsString("Wachdienst2026"))));
        verify(users, never()).create(any());
    }

    @Test
    void refusalOfTheServiceIsShownOnTheFormInTheUsersLanguage() throws Exception {
        when(users.create(any())).thenThrow(new DomainException("user.usernameTaken", "li.si"));

        mvc.perform(newGuard("li.si", "Wachdienst2026").with(ADMINISTRATOR).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/users/form"))
            .andExpect(content().string(containsString("用户名 li.si 已被占用。")))
            .andExpect(content().string(containsString("value=\"li.si\"")))
            .andExpect(content().string(not(containsString("Wachdienst2026"))));
        mvc.perform(newGuard("li.si", "Wachdienst2026").param("lang", "en").with(ADMINISTRATOR).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("The user name li.si is already taken.")));
    }

    @Test
    void editFormShowsTheAccountAsItIs() throws Exception {
        when(users.get(42)).thenReturn(guard);

        mvc.perform(get("/admin/users/42/edit").with(ADMINISTRATOR))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"zhang.san\" readonly")))
            .andExpect(content().string(containsString("value=\"张三\"")))
            .andExpect(content().string(containsString("id=\"enabled\"")))
            .andExpect(content().string(containsString("value=\"21\" selected")))
            .andExpect(content().string(not(containsString("id=\"password\""))))
            .andExpect(content().string(not(containsString(PASSWORD_HASH))));
    }

    @Test
    void editingAnUnknownAccountIsNotFound() throws Exception {
        when(users.get(99)).thenThrow(new NotFoundException("entity.user", 99L));

        mvc.perform(get("/admin/users/99/edit").with(ADMINISTRATOR))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("用户 99 不存在或不在您的数据范围内。")));
    }

    @Test
    void administratorSavesChangesAndReturnsToTheAccount() throws Exception {
        mvc.perform(post("/admin/users/42").param("displayName", "张三 队长").param("roleIds", "7")
                .param("scopeLevel", "BRANCH").param("scopeRefId", "11").param("enabled", "true")
                .with(ADMINISTRATOR).with(csrf()))
            .andExpect(redirectedUrl("/admin/users/42"))
            .andExpect(flash().attribute("flash", "common.saved"));

        verify(users).update(42, new Users.AccountChange("张三 队长", null, null, Set.of(7L), ScopeLevel.BRANCH, 11L, true));
    }

    @Test
    void clearedEnabledBoxDisablesTheAccount() throws Exception {
        mvc.perform(post("/admin/users/42").param("displayName", "张三").param("roleIds", "7").param("scopeLevel", "OWN")
                .with(ADMINISTRATOR).with(csrf()))
            .andExpect(redirectedUrl("/admin/users/42"));

        verify(users).update(42, new Users.AccountChange("张三", null, null, Set.of(7L), ScopeLevel.OWN, null, false));
    }

    @Test
    void refusedChangeReRendersTheEditFormWithTheReason() throws Exception {
        when(users.get(42)).thenReturn(guard);
        doThrow(new DomainException("user.cannotDisableSelf")).when(users).update(eq(42L), any());

        mvc.perform(post("/admin/users/42").param("displayName", "张三").param("roleIds", "7").param("scopeLevel", "OWN")
                .with(ADMINISTRATOR).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/users/form"))
            .andExpect(content().string(containsString("不能禁止自己的账户登录。")))
            .andExpect(content().string(containsString("value=\"zhang.san\" readonly")));
        mvc.perform(post("/admin/users/42").param("displayName", "张三").param("roleIds", "7").param("scopeLevel", "OWN")
                .param("lang", "en").with(ADMINISTRATOR).with(csrf()))
            .andExpect(content().string(containsString("You cannot stop your own account from signing in.")));
    }

    @Test
    void invalidChangeReRendersTheEditFormAndSavesNothing() throws Exception {
        when(users.get(42)).thenReturn(guard);

        mvc.perform(post("/admin/users/42").param("displayName", "").param("email", "nope").param("scopeLevel", "OWN")
                .with(ADMINISTRATOR).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")))
            .andExpect(content().string(containsString("value=\"nope\"")));
        verify(users, never()).update(anyLong(), any());
    }

    @Test
    void onlyUserAdministratorsMayOpenOrChangeAccounts() throws Exception {
        for (var other : List.of(withEveryPermissionBut(IdentityPermissions.USERS_MANAGE), as(ScopeLevel.CLIENT, 31L))) {
            mvc.perform(get("/admin/users").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/users/new").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/users/42/edit").with(other)).andExpect(status().isForbidden());
            mvc.perform(newGuard("li.si", "Wachdienst2026").with(other).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/42").param("displayName", "张三").param("roleIds", "1")
                    .param("scopeLevel", "COMPANY").with(other).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("您无权执行此操作。")));
        }
        verifyNoInteractions(users);
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndNothingIsTouched() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/users/42/edit")).andExpect(redirectedUrl("/login"));
        mvc.perform(newGuard("li.si", "Wachdienst2026").with(csrf())).andExpect(redirectedUrl("/login"));
        verifyNoInteractions(users);
    }

    @Test
    void postsWithoutCsrfTokenAreRefusedEvenForAdministrators() throws Exception {
        mvc.perform(newGuard("li.si", "Wachdienst2026").with(ADMINISTRATOR)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/42").param("displayName", "张三").param("roleIds", "7").param("scopeLevel", "OWN")
                .with(ADMINISTRATOR))
            .andExpect(status().isForbidden());
        verifyNoInteractions(users);
    }

    private static MockHttpServletRequestBuilder newGuard(String username, String password) {
        return post("/admin/users").param("username", username).param("displayName", "李四")
            .param("email", username + "@example.com").param("phone", "13800000000").param("password", password)
            .param("roleIds", "7").param("scopeLevel", "SITE").param("scopeRefId", "21");
    }

}
