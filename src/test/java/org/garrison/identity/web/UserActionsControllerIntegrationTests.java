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

import java.time.Instant;

import org.garrison.identity.TestAccounts;
import org.garrison.identity.internal.ApiTokens;
import org.garrison.identity.internal.User;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class UserActionsControllerIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    PasswordEncoder encoder;

    TestAccounts accounts;

    @BeforeEach
    void setUp(@Autowired ApplicationContext context) {
        accounts = TestAccounts.from(context);
    }

    @Test
    void administratorSeesAUserWithTokensAndActions() throws Exception {
        var guard = accounts.newGuard("shown");
        tokens.issue(guard.getId(), "巡逻手机");
        mvc.perform(get("/admin/users/{id}", guard.getId()).with(accounts.as("admin")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(guard.getUsername())))
            .andExpect(content().string(containsString("保安员")))
            .andExpect(content().string(containsString("仅本人记录")))
            .andExpect(content().string(containsString("巡逻手机")))
            .andExpect(content().string(containsString("id=\"reset-password-link\"")))
            .andExpect(content().string(not(containsString("id=\"unlock-user\""))));
    }

    @ParameterizedTest
    @ValueSource(strings = { "cs", "guard", "client" })
    void othersMayNotActOnAccounts(String username) throws Exception {
        var guard = accounts.newGuard("target");
        lock(guard);
        String hash = accounts.passwordHash(guard);
        long token = tokens.issue(guard.getId(), "keep").id();

        mvc.perform(get("/admin/users/{id}", guard.getId()).with(accounts.as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/{id}/password", guard.getId()).with(accounts.as(username))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/{id}/password", guard.getId()).param("newPassword", "Nachtschicht42")
                .param("repeat", "Nachtschicht42").with(accounts.as(username)).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/{id}/unlock", guard.getId()).with(accounts.as(username)).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/{id}/tokens/{token}/revoke", guard.getId(), token).with(accounts.as(username)).with(csrf()))
            .andExpect(status().isForbidden());

        assertThat(accounts.passwordHash(guard)).isEqualTo(hash);
        assertThat(accounts.isLocked(guard)).isTrue();
        assertThat(accounts.isRevoked(token)).isFalse();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin/users/1")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/users/1/password")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void administratorResetsAPassword() throws Exception {
        var guard = accounts.newGuard("reset");
        mvc.perform(get("/admin/users/{id}/password", guard.getId()).with(accounts.as("admin")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"newPassword\"")));
        mvc.perform(post("/admin/users/{id}/password", guard.getId()).param("newPassword", "Nachtschicht42")
                .param("repeat", "Nachtschicht42").with(accounts.as("admin")).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/admin/users/" + guard.getId()))
            .andExpect(flash().attribute("flash", "user.passwordReset"));
        assertThat(encoder.matches("Nachtschicht42", accounts.passwordHash(guard))).isTrue();
    }

    @Test
    void resetPasswordKeepsThePolicy() throws Exception {
        var guard = accounts.newGuard("policy");
        String hash = accounts.passwordHash(guard);
        mvc.perform(post("/admin/users/{id}/password", guard.getId()).param("newPassword", "password12")
                .param("repeat", "password12").with(accounts.as("admin")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("该密码过于常见，请换一个。")));
        mvc.perform(post("/admin/users/{id}/password", guard.getId()).param("newPassword", "Nachtschicht42")
                .param("repeat", "Nachtschicht43").with(accounts.as("admin")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("两次输入的新密码不一致。")));
        assertThat(accounts.passwordHash(guard)).isEqualTo(hash);
    }

    @Test
    void administratorUnlocksALockedAccount() throws Exception {
        var guard = accounts.newGuard("locked");
        lock(guard);
        mvc.perform(get("/admin/users/{id}", guard.getId()).with(accounts.as("admin")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"unlock-user\"")));
        mvc.perform(post("/admin/users/{id}/unlock", guard.getId()).with(accounts.as("admin")).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("flash", "user.unlocked"));
        assertThat(accounts.isLocked(guard)).isFalse();
    }

    @Test
    void administratorRevokesAUsersToken() throws Exception {
        var guard = accounts.newGuard("tokens");
        long token = tokens.issue(guard.getId(), "old phone").id();
        mvc.perform(post("/admin/users/{id}/tokens/{token}/revoke", guard.getId(), token).with(accounts.as("admin")).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("flash", "token.revoked"));
        assertThat(accounts.isRevoked(token)).isTrue();
    }

    @Test
    void aTokenOfAnotherUserIsNotFoundUnderThisUser() throws Exception {
        var owner = accounts.newGuard("owner");
        var other = accounts.newGuard("other");
        long token = tokens.issue(owner.getId(), "phone").id();
        mvc.perform(post("/admin/users/{id}/tokens/{token}/revoke", other.getId(), token).with(accounts.as("admin")).with(csrf()))
            .andExpect(status().isNotFound());
        assertThat(accounts.isRevoked(token)).isFalse();
    }

    private void lock(User user) {
        jdbc.sql("update app_user set locked_until = ? where id = ?")
            .params(java.sql.Timestamp.from(Instant.now().plusSeconds(900)), user.getId())
            .update();
    }

}
