package org.garrison.identity.web;

import static org.garrison.identity.internal.IdentityFixtures.PASSWORD_HASH;
import static org.garrison.identity.internal.IdentityFixtures.lockedAt;
import static org.garrison.identity.internal.IdentityFixtures.revoked;
import static org.garrison.identity.internal.IdentityFixtures.role;
import static org.garrison.identity.internal.IdentityFixtures.token;
import static org.garrison.identity.internal.IdentityFixtures.user;
import static org.garrison.identity.web.IdentitySlice.NOW;
import static org.garrison.identity.web.IdentitySlice.withEveryPermissionBut;
import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
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

import java.time.Duration;
import java.util.List;

import org.garrison.identity.IdentityPermissions;
import org.garrison.identity.internal.ApiTokens;
import org.garrison.identity.internal.User;
import org.garrison.identity.internal.Users;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.SiteChoice;
import org.garrison.shared.SiteId;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebSliceTest
class UserActionsControllerTests {

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
    ApiTokens tokens;

    @Autowired
    OrganisationManagement organisation;

    private User guard;

    @BeforeEach
    void aLockedGuardWithTwoTokens() {
        guard = lockedAt(user(42, "zhang.san", "张三", ScopeLevel.SITE, 21L,
                role(7, "GUARD", "保安员", "Guard", true, OrganisationPermissions.ORG_VIEW)), NOW.minusSeconds(60));
        when(users.get(42)).thenReturn(guard);
        when(tokens.ofUser(42)).thenReturn(List.of(token(5, 42, "巡逻手机", NOW.minus(Duration.ofDays(3)), NOW.plus(Duration.ofDays(27))),
                revoked(token(6, 42, "旧平板", NOW.minus(Duration.ofDays(40)), NOW.plus(Duration.ofDays(10))), NOW.minus(Duration.ofDays(1)))));
        when(organisation.everySite()).thenReturn(List.of(new SiteChoice(new SiteId(21), "S021", "滨江驻点")));
    }

    @Test
    void userAdministratorSeesTheAccountItsLockAndItsTokens() throws Exception {
        mvc.perform(get("/admin/users/42").with(ADMINISTRATOR))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/users/detail"))
            .andExpect(content().string(containsString("<dd class=\"col-sm-8 col-lg-9\" id=\"detail-username\">zhang.san</dd>")))
            .andExpect(content().string(containsString("data-role=\"GUARD\">保安员<")))
            .andExpect(content().string(containsString("滨江驻点")))
            .andExpect(content().string(containsString("id=\"detail-locked\"")))
            .andExpect(content().string(containsString("id=\"unlock-user\"")))
            .andExpect(content().string(containsString("巡逻手机")))
            .andExpect(content().string(containsString("id=\"revoke-token-5\"")))
            .andExpect(content().string(containsString("旧平板")))
            .andExpect(content().string(not(containsString("id=\"revoke-token-6\""))))
            .andExpect(content().string(not(containsString(PASSWORD_HASH))))
            .andExpect(content().string(not(containsString("hash-of-"))));
    }

    @Test
    void unlockedAccountOffersNoUnlock() throws Exception {
        guard.unlock();

        mvc.perform(get("/admin/users/42").with(ADMINISTRATOR))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("id=\"unlock-user\""))));
    }

    @Test
    void passwordResetFormNamesTheAccount() throws Exception {
        mvc.perform(get("/admin/users/42/password").with(ADMINISTRATOR))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/users/password"))
            .andExpect(content().string(containsString("为 张三（zhang.san）设置新密码")))
            .andExpect(content().string(containsString("至少 10 个字符")));
    }

    @Test
    void administratorResetsThePasswordAndReturnsToTheAccount() throws Exception {
        mvc.perform(reset("Neu2026Wache", "Neu2026Wache").with(ADMINISTRATOR).with(csrf()))
            .andExpect(redirectedUrl("/admin/users/42"))
            .andExpect(flash().attribute("flash", "user.passwordReset"));
        verify(users).resetPassword(42, "Neu2026Wache");
    }

    @Test
    void differentRepeatOrBlankPasswordReRendersTheFormAndResetsNothing() throws Exception {
        mvc.perform(reset("Neu2026Wache", "Neu2026Wachf").with(ADMINISTRATOR).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/users/password"))
            .andExpect(content().string(containsString("两次输入的新密码不一致。")))
            .andExpect(content().string(not(containsString("Neu2026Wache"))));
        mvc.perform(reset("", "").with(ADMINISTRATOR).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")))
            .andExpect(content().string(containsString("不能为空")));
        verify(users, never()).resetPassword(anyLong(), anyString());
    }

    @Test
    void passwordRefusedByThePolicyIsShownOnTheFormInTheUsersLanguage() throws Exception {
        doThrow(new DomainException("password.tooShort", 10)).when(users).resetPassword(42, "kurz1");

        mvc.perform(reset("kurz1", "kurz1").with(ADMINISTRATOR).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/users/password"))
            .andExpect(content().string(containsString("密码至少需要 10 个字符。")))
            .andExpect(content().string(not(containsString("value=\"kurz1\""))));
        mvc.perform(reset("kurz1", "kurz1").param("lang", "en").with(ADMINISTRATOR).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("The password must have at least 10 characters.")));
    }

    @Test
    void administratorUnlocksTheAccount() throws Exception {
        mvc.perform(post("/admin/users/42/unlock").with(ADMINISTRATOR).with(csrf()))
            .andExpect(redirectedUrl("/admin/users/42"))
            .andExpect(flash().attribute("flash", "user.unlocked"));
        verify(users).unlock(42);
    }

    @Test
    void administratorRevokesOneTokenOfThatAccount() throws Exception {
        mvc.perform(post("/admin/users/42/tokens/5/revoke").with(ADMINISTRATOR).with(csrf()))
            .andExpect(redirectedUrl("/admin/users/42"))
            .andExpect(flash().attribute("flash", "token.revoked"));
        verify(tokens).revoke(42, 5);
    }

    @Test
    void revokingARevokedTokenIsAFriendlyRefusalPage() throws Exception {
        doThrow(new DomainException("token.alreadyRevoked")).when(tokens).revoke(42, 6);

        mvc.perform(post("/admin/users/42/tokens/6/revoke").with(ADMINISTRATOR).with(csrf()))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().string(containsString("该令牌已被吊销。")));
        mvc.perform(post("/admin/users/42/tokens/6/revoke").param("lang", "en").with(ADMINISTRATOR).with(csrf()))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().string(containsString("This token is already revoked.")));
    }

    @Test
    void onlyUserAdministratorsMayActOnAccounts() throws Exception {
        for (var other : List.of(withEveryPermissionBut(IdentityPermissions.USERS_MANAGE), as(ScopeLevel.OWN, 21L))) {
            mvc.perform(get("/admin/users/42").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/users/42/password").with(other)).andExpect(status().isForbidden());
            mvc.perform(reset("Neu2026Wache", "Neu2026Wache").with(other).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/42/unlock").with(other).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/42/tokens/5/revoke").with(other).with(csrf())).andExpect(status().isForbidden());
        }
        verifyNoInteractions(users, tokens);
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndNothingIsTouched() throws Exception {
        mvc.perform(get("/admin/users/42")).andExpect(redirectedUrl("/login"));
        mvc.perform(reset("Neu2026Wache", "Neu2026Wache").with(csrf())).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/users/42/unlock").with(csrf())).andExpect(redirectedUrl("/login"));
        verifyNoInteractions(users, tokens);
    }

    @Test
    void postsWithoutCsrfTokenAreRefusedEvenForAdministrators() throws Exception {
        mvc.perform(reset("Neu2026Wache", "Neu2026Wache").with(ADMINISTRATOR)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/42/unlock").with(ADMINISTRATOR)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/42/tokens/5/revoke").with(ADMINISTRATOR)).andExpect(status().isForbidden());
        verifyNoInteractions(users, tokens);
    }

    private static MockHttpServletRequestBuilder reset(String newPassword, String repeat) {
        return post("/admin/users/42/password").param("newPassword", newPassword).param("repeat", repeat);
    }

}
