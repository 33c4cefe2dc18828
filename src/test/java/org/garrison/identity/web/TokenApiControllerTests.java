package org.garrison.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.identity.internal.IdentityFixtures.principal;
import static org.garrison.identity.internal.IdentityFixtures.role;
import static org.garrison.identity.internal.IdentityFixtures.user;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.garrison.identity.IdentityManagement;
import org.garrison.identity.SignInThrottledException;
import org.garrison.identity.internal.ApiTokens;
import org.garrison.identity.internal.GarrisonPrincipal;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The sign-in for API tokens is open to everybody (the credentials decide) and needs no CSRF token;
 * signing out needs a caller who is signed in. The authentication manager is mocked: wrong passwords
 * and locks are its answers, the lock-out itself is proven by the integration tests.
 */
@WebSliceTest
class TokenApiControllerTests {

    private static final Instant EXPIRES = Instant.parse("2026-04-01T01:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    ApiTokens tokens;

    /** Replaces the slice's identity stand-in so that one bearer token is known. */
    @Autowired
    IdentityManagement identity;

    private GarrisonPrincipal guard;

    @BeforeEach
    void aGuardWhoCanSignIn() {
        guard = principal(user(42, "zhang.san", "张三", ScopeLevel.OWN, null,
                role(7, "GUARD", "保安员", "Guard", true, OrganisationPermissions.ORG_VIEW)));
        when(identity.authenticateBearer("gar_known")).thenReturn(Optional.of(guard));
    }

    @Test
    void correctCredentialsGiveABearerTokenForThatUser() throws Exception {
        signsIn("zhang.san", "Wachdienst2026");
        when(tokens.issue(42, "巡逻手机")).thenReturn(new ApiTokens.IssuedToken(9, "gar_issuedSecret", EXPIRES));

        mvc.perform(signIn("{\"username\":\"zhang.san\",\"password\":\"Wachdienst2026\",\"name\":\"巡逻手机\"}"))
            .andExpect(status().isCreated())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.token").value("gar_issuedSecret"))
            .andExpect(jsonPath("$.tokenType").value("Bearer"))
            .andExpect(jsonPath("$.expiresAt").value("2026-04-01T01:00:00Z"))
            .andExpect(jsonPath("$.password").doesNotExist())
            .andExpect(jsonPath("$.username").doesNotExist());

        var attempt = ArgumentCaptor.forClass(Authentication.class);
        verify(authentication).authenticate(attempt.capture());
        assertThat(attempt.getValue().getName()).isEqualTo("zhang.san");
        assertThat(attempt.getValue().getCredentials()).isEqualTo("Wachdienst2026");
        assertThat(attempt.getValue().isAuthenticated()).isFalse();
    }

    @Test
    void tokenWithoutANameIsIssuedWithAnEmptyName() throws Exception {
        signsIn("zhang.san", "Wachdienst2026");
        when(tokens.issue(42, "")).thenReturn(new ApiTokens.IssuedToken(9, "gar_unnamed", EXPIRES));

        mvc.perform(signIn("{\"username\":\"zhang.san\",\"password\":\"Wachdienst2026\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.token").value("gar_unnamed"));
    }

    @Test
    void wrongOrDisabledCredentialsAreRefusedInTheCallersLanguageAndIssueNothing() throws Exception {
        when(authentication.authenticate(any())).thenThrow(new BadCredentialsException("bad"));

        mvc.perform(signIn("{\"username\":\"zhang.san\",\"password\":\"Falsch123456\"}"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(401))
            .andExpect(jsonPath("$.title").value("未登录"))
            .andExpect(jsonPath("$.detail").value("用户名或密码错误，或账户因多次登录失败暂时锁定。"))
            .andExpect(jsonPath("$.instance").value("/api/v1/auth/token"));
        mvc.perform(signIn("{\"username\":\"zhang.san\",\"password\":\"Falsch123456\"}").header("Accept-Language", "en-GB,en;q=0.8"))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.title").value("Not signed in"))
            .andExpect(jsonPath("$.detail").value("Wrong user name or password, or the account is locked for a while after many failed sign-ins."));

        doThrow(new DisabledException("disabled")).when(authentication).authenticate(any());
        mvc.perform(signIn("{\"username\":\"zhang.san\",\"password\":\"Wachdienst2026\"}"))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.detail").value("用户名或密码错误，或账户因多次登录失败暂时锁定。"));
        verify(tokens, never()).issue(anyLong(), anyString());
    }

    @Test
    void aLockedAccountGetsTheSameAnswerAsAWrongPassword() throws Exception {
        when(authentication.authenticate(any())).thenThrow(new LockedException("locked"));

        mvc.perform(signIn("{\"username\":\"zhang.san\",\"password\":\"Wachdienst2026\"}"))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.detail").value("用户名或密码错误，或账户因多次登录失败暂时锁定。"));
        verify(tokens, never()).issue(anyLong(), anyString());
    }

    @Test
    void aThrottledAddressIsToldHowLongToWaitWith429() throws Exception {
        when(authentication.authenticate(any())).thenThrow(new SignInThrottledException(Duration.ofSeconds(301)));

        mvc.perform(signIn("{\"username\":\"zhang.san\",\"password\":\"Wachdienst2026\"}"))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().string("Retry-After", "301"))
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(429))
            .andExpect(jsonPath("$.detail").value("此地址登录失败次数过多，请 6 分钟后再试。"));
        mvc.perform(signIn("{\"username\":\"zhang.san\",\"password\":\"Wachdienst2026\"}").header("Accept-Language", "en"))
            .andExpect(jsonPath("$.detail").value("Too many failed sign-ins from this address. Try again in 6 minutes."));
        verify(tokens, never()).issue(anyLong(), anyString());
    }

    @Test
    void malformedIncompleteOrNonJsonRequestsAreBadRequestsThatTryNoPassword() throws Exception {
        mvc.perform(signIn("{\"username\": "))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("请求格式错误或包含无效的值。"));
        mvc.perform(signIn("{\"username\":\"zhang.san\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(signIn("{\"username\":\"zhang.san\",\"password\":\"" + "x".repeat(201) + "\"}"))
            .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.TEXT_PLAIN).content("zhang.san:Wachdienst2026"))
            .andExpect(status().isUnsupportedMediaType())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(authentication, tokens);
    }

    @Test
    void refusalOfTheTokenServiceIsUnprocessableProblemInTheCallersLanguage() throws Exception {
        signsIn("zhang.san", "Wachdienst2026");
        when(tokens.issue(42, "")).thenThrow(new DomainException("token.alreadyRevoked"));

        mvc.perform(signIn("{\"username\":\"zhang.san\",\"password\":\"Wachdienst2026\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.title").value("操作被拒绝"))
            .andExpect(jsonPath("$.detail").value("该令牌已被吊销。"));
        mvc.perform(signIn("{\"username\":\"zhang.san\",\"password\":\"Wachdienst2026\"}").header("Accept-Language", "en"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("This token is already revoked."));
    }

    @Test
    void signingOutRevokesTheBearerTokenOfTheCall() throws Exception {
        mvc.perform(delete("/api/v1/auth/token").header("Authorization", "Bearer gar_known"))
            .andExpect(status().isNoContent());
        verify(tokens).revokeValue("gar_known");
    }

    @Test
    void signingOutWithASessionInsteadOfATokenRevokesNothing() throws Exception {
        mvc.perform(delete("/api/v1/auth/token").with(withPermissions())).andExpect(status().isNoContent());
        verify(tokens, never()).revokeValue(anyString());
    }

    @Test
    void signingOutNeedsACallerWhoIsSignedIn() throws Exception {
        mvc.perform(delete("/api/v1/auth/token"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("请先登录，或提供有效的访问令牌。"));
        mvc.perform(delete("/api/v1/auth/token").header("Authorization", "Bearer gar_unknown"))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.detail").value("访问令牌无效、已过期或已被吊销。"));
        verifyNoInteractions(tokens);
    }

    private void signsIn(String username, String password) {
        when(authentication.authenticate(argThat(attempt -> username.equals(attempt.getName())
                && password.equals(attempt.getCredentials()))))
            .thenReturn(UsernamePasswordAuthenticationToken.authenticated(guard, null, guard.getAuthorities()));
    }

    private static MockHttpServletRequestBuilder signIn(String json) {
        return post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(json);
    }

}
