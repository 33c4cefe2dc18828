package org.garrison.identity.web;

import static org.garrison.identity.internal.IdentityFixtures.PASSWORD_HASH;
import static org.garrison.identity.internal.IdentityFixtures.role;
import static org.garrison.identity.internal.IdentityFixtures.token;
import static org.garrison.identity.internal.IdentityFixtures.user;
import static org.garrison.identity.web.IdentitySlice.NOW;
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
import org.garrison.identity.internal.Users;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.ClientChoice;
import org.garrison.platform.security.TestPrincipals;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.ClientId;
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
class AccountControllerTests {

    /** A client user without any permission: the own account is for everybody who is signed in. */
    private static final RequestPostProcessor CLIENT_USER = as(ScopeLevel.CLIENT, 31L);

    /** The id {@link TestPrincipals} gives every signed-in slice user. */
    private static final long ME = 4242;

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

    @BeforeEach
    void myAccountAndToken() {
        when(users.get(ME)).thenReturn(user(ME, "slice-user", "测试用户", ScopeLevel.CLIENT, 31L,
                role(9, "CLIENT", "客户", "Client user", true)));
        when(tokens.ofUser(ME)).thenReturn(List.of(token(5, ME, "报表脚本", NOW.minus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(28)))));
        when(organisation.clientNames()).thenReturn(List.of(new ClientChoice(new ClientId(31), "华星物业")));
    }

    @Test
    void anySignedInUserSeesTheirOwnDetailsScopeAndTokens() throws Exception {
        for (var anyone : List.of(CLIENT_USER, withPermissions(IdentityPermissions.USERS_MANAGE), as(ScopeLevel.OWN, null))) {
            mvc.perform(get("/account").with(anyone))
                .andExpect(status().isOk())
                .andExpect(view().name("identity/account/index"))
                .andExpect(content().string(containsString("id=\"detail-username\">slice-user<")))
                .andExpect(content().string(containsString("data-role=\"CLIENT\">客户<")))
                .andExpect(content().string(containsString("华星物业")))
                .andExpect(content().string(containsString("报表脚本")))
                .andExpect(content().string(containsString("action=\"/account/tokens/5/revoke\"")))
                .andExpect(content().string(containsString("至少 10 个字符")))
                .andExpect(content().string(not(containsString(PASSWORD_HASH))));
        }
    }

    @Test
    void userChangesTheirOwnPasswordAndSeesTheFlash() throws Exception {
        mvc.perform(changePassword("Alt2026Wache", "Neu2026Wache", "Neu2026Wache").with(CLIENT_USER).with(csrf()))
            .andExpect(redirectedUrl("/account"))
            .andExpect(flash().attribute("flash", "account.passwordChanged"));
        verify(users).changeOwnPassword(ME, "Alt2026Wache", "Neu2026Wache");
    }

    @Test
    void differentRepeatOrMissingCurrentPasswordReRendersThePageAndChangesNothing() throws Exception {
        mvc.perform(changePassword("Alt2026Wache", "Neu2026Wache", "Neu2026Wachf").with(CLIENT_USER).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/account/index"))
            .andExpect(content().string(containsString("两次输入的新密码不一致。")))
            .andExpect(content().string(not(containsString("Neu2026Wache"))));
        mvc.perform(changePassword("", "Neu2026Wache", "Neu2026Wache").with(CLIENT_USER).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")))
            .andExpect(content().string(containsString("不能为空")));
        verify(users, never()).changeOwnPassword(anyLong(), anyString(), anyString());
    }

    @Test
    void wrongCurrentPasswordIsShownOnThePageInTheUsersLanguage() throws Exception {
        doThrow(new DomainException("password.currentWrong")).when(users)
            .changeOwnPassword(ME, "Falsch2026x", "Neu2026Wache");

        mvc.perform(changePassword("Falsch2026x", "Neu2026Wache", "Neu2026Wache").with(CLIENT_USER).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/account/index"))
            .andExpect(content().string(containsString("当前密码不正确。")))
            .andExpect(content().string(not(containsString("Falsch2026x"))));
        mvc.perform(changePassword("Falsch2026x", "Neu2026Wache", "Neu2026Wache").param("lang", "en").with(CLIENT_USER)
                .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("The current password is wrong.")));
    }

    @Test
    void newTokenIsShownOnceOnTheAnswerAndNeverPutInTheFlash() throws Exception {
        when(tokens.issue(ME, "巡逻手机")).thenReturn(new ApiTokens.IssuedToken(6, "gar_secretShownOnlyOnce", NOW.plus(Duration.ofDays(30))));

        mvc.perform(post("/account/tokens").param("name", "巡逻手机").with(CLIENT_USER).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/account/token-created"))
            .andExpect(content().string(containsString("value=\"gar_secretShownOnlyOnce\"")))
            .andExpect(content().string(containsString("有效期至 2026年4月1日")))
            .andExpect(flash().attributeCount(0));
    }

    @Test
    void tooLongTokenNameReRendersThePageAndIssuesNothing() throws Exception {
        mvc.perform(post("/account/tokens").param("name", "x".repeat(101)).with(CLIENT_USER).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(view().name("identity/account/index"))
            .andExpect(content().string(containsString("is-invalid")));
        verify(tokens, never()).issue(anyLong(), anyString());
    }

    @Test
    void userRevokesOneOfTheirOwnTokens() throws Exception {
        mvc.perform(post("/account/tokens/5/revoke").with(CLIENT_USER).with(csrf()))
            .andExpect(redirectedUrl("/account"))
            .andExpect(flash().attribute("flash", "token.revoked"));
        verify(tokens).revoke(ME, 5);
    }

    @Test
    void revokingARevokedTokenIsAFriendlyRefusalPage() throws Exception {
        doThrow(new DomainException("token.alreadyRevoked")).when(tokens).revoke(ME, 5);

        mvc.perform(post("/account/tokens/5/revoke").with(CLIENT_USER).with(csrf()))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().string(containsString("该令牌已被吊销。")));
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndNothingIsTouched() throws Exception {
        mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
        mvc.perform(changePassword("Alt2026Wache", "Neu2026Wache", "Neu2026Wache").with(csrf()))
            .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/account/tokens").param("name", "x").with(csrf())).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/account/tokens/5/revoke").with(csrf())).andExpect(redirectedUrl("/login"));
        verifyNoInteractions(users, tokens);
    }

    @Test
    void postsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(changePassword("Alt2026Wache", "Neu2026Wache", "Neu2026Wache").with(CLIENT_USER))
            .andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens").param("name", "x").with(CLIENT_USER)).andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens/5/revoke").with(CLIENT_USER)).andExpect(status().isForbidden());
        verifyNoInteractions(users, tokens);
    }

    private static MockHttpServletRequestBuilder changePassword(String current, String newPassword, String repeat) {
        return post("/account/password").param("currentPassword", current).param("newPassword", newPassword)
            .param("repeat", repeat);
    }

}
