package org.garrison.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import org.garrison.identity.TestAccounts;
import org.garrison.identity.internal.ApiTokens;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AccountControllerIntegrationTests {

    private static final Pattern SHOWN_TOKEN = Pattern.compile("id=\"new-token\" readonly value=\"(gar_[A-Za-z0-9_-]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    PasswordEncoder encoder;

    TestAccounts accounts;

    @BeforeEach
    void setUp(@Autowired ApplicationContext context) {
        accounts = TestAccounts.from(context);
    }

    @ParameterizedTest
    @ValueSource(strings = { "guard", "client", "admin" })
    void everySignedInUserSeesTheirOwnAccount(String username) throws Exception {
        mvc.perform(get("/account").with(accounts.as(username)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<dd class=\"col-sm-8 col-lg-9\" id=\"detail-username\">" + username + "</dd>")))
            .andExpect(content().string(containsString("id=\"change-password\"")))
            .andExpect(content().string(containsString("id=\"create-token\"")));
    }

    @Test
    void clientSeesTheirRoleAndWhichClientTheyBelongTo() throws Exception {
        mvc.perform(get("/account").with(accounts.as("client")))
            .andExpect(content().string(containsString("客户")))
            .andExpect(content().string(containsString("某客户的驻点")))
            .andExpect(content().string(containsString("鹏城银行深圳分行")));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/account")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void userChangesTheirOwnPassword() throws Exception {
        var guard = accounts.newGuard("ownpw");
        mvc.perform(post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
                .param("newPassword", "Morgenrunde77").param("repeat", "Morgenrunde77")
                .with(accounts.as(guard.getUsername())).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/account"))
            .andExpect(flash().attribute("flash", "account.passwordChanged"));
        assertThat(encoder.matches("Morgenrunde77", accounts.passwordHash(guard))).isTrue();
    }

    @Test
    void wrongCurrentPasswordWeakNewPasswordOrMismatchChangeNothing() throws Exception {
        var guard = accounts.newGuard("ownpw");
        String hash = accounts.passwordHash(guard);
        mvc.perform(post("/account/password").param("currentPassword", "Falsch123456")
                .param("newPassword", "Morgenrunde77").param("repeat", "Morgenrunde77")
                .with(accounts.as(guard.getUsername())).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("当前密码不正确。")));
        mvc.perform(post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
                .param("newPassword", "onlyletters").param("repeat", "onlyletters")
                .with(accounts.as(guard.getUsername())).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("密码必须同时包含字母和数字。")));
        mvc.perform(post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
                .param("newPassword", "Morgenrunde77").param("repeat", "Morgenrunde78").param("lang", "en")
                .with(accounts.as(guard.getUsername())).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("The two new passwords are not the same.")))
            .andExpect(content().string(not(containsString("Morgenrunde77"))));
        assertThat(accounts.passwordHash(guard)).isEqualTo(hash);
    }

    @Test
    void passwordChangeWithoutCsrfTokenIsRejected() throws Exception {
        var guard = accounts.newGuard("nocsrf");
        String hash = accounts.passwordHash(guard);
        mvc.perform(post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
                .param("newPassword", "Morgenrunde77").param("repeat", "Morgenrunde77").with(accounts.as(guard.getUsername())))
            .andExpect(status().isForbidden());
        assertThat(accounts.passwordHash(guard)).isEqualTo(hash);
    }

    @Test
    void newTokenIsShownOnceAndThenOnlyListed() throws Exception {
        var guard = accounts.newGuard("mytoken");
        String page = mvc.perform(post("/account/tokens").param("name", "巡逻手机 1").with(accounts.as(guard.getUsername())).with(csrf()))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        var shown = SHOWN_TOKEN.matcher(page);
        assertThat(shown.find()).as("the page shows the new token").isTrue();
        String token = shown.group(1);

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.username").value(guard.getUsername()));
        mvc.perform(get("/account").with(accounts.as(guard.getUsername())))
            .andExpect(content().string(containsString("巡逻手机 1")))
            .andExpect(content().string(not(containsString(token))));
    }

    @Test
    void userRevokesTheirOwnTokenButNotSomebodyElses() throws Exception {
        var guard = accounts.newGuard("revoker");
        var other = accounts.newGuard("victim");
        long mine = tokens.issue(guard.getId(), "mine").id();
        long theirs = tokens.issue(other.getId(), "theirs").id();

        mvc.perform(post("/account/tokens/{id}/revoke", mine).with(accounts.as(guard.getUsername())).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("flash", "token.revoked"));
        mvc.perform(post("/account/tokens/{id}/revoke", theirs).with(accounts.as(guard.getUsername())).with(csrf()))
            .andExpect(status().isNotFound());

        assertThat(accounts.isRevoked(mine)).isTrue();
        assertThat(accounts.isRevoked(theirs)).isFalse();
    }

}
