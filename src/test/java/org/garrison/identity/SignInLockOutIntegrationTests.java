package org.garrison.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.garrison.identity.internal.User;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The real sign-in form: lock-out after five wrong passwords, and every attempt in the audit log. */
@IntegrationTest
class SignInLockOutIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    TestAccounts accounts;

    @BeforeEach
    void setUp(@Autowired ApplicationContext context) {
        accounts = TestAccounts.from(context);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndEveryAttemptIsAudited() throws Exception {
        User guard = accounts.newGuard("lockout");
        String username = guard.getUsername();

        signInWorks(username);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("Falsch123456"))
                .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(accounts.isLocked(guard)).as("four failures do not lock").isFalse();

        mvc.perform(formLogin("/login").user(username).password("Falsch123456")).andExpect(redirectedUrl("/login?error"));
        assertThat(accounts.isLocked(guard)).as("the fifth failure locks").isTrue();

        mvc.perform(formLogin("/login").user(username).password(TestAccounts.PASSWORD))
            .andExpect(redirectedUrl("/login?locked"));

        assertThat(audited("SIGN_IN", guard)).isEqualTo(1);
        assertThat(audited("SIGN_IN_FAILED", guard)).isEqualTo(6);
    }

    @Test
    void aSuccessfulSignInResetsTheFailures() throws Exception {
        User guard = accounts.newGuard("reset");
        String username = guard.getUsername();
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("Falsch123456")).andExpect(redirectedUrl("/login?error"));
        }
        signInWorks(username);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("Falsch123456")).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(accounts.isLocked(guard)).isFalse();
        signInWorks(username);
    }

    /** A successful sign-in goes on to the home page; a refused one back to the sign-in page. */
    private void signInWorks(String username) throws Exception {
        mvc.perform(formLogin("/login").user(username).password(TestAccounts.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    private long audited(String action, User user) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and entity_type = 'User' and entity_id = ?")
            .params(action, String.valueOf(user.getId()))
            .query(Long.class)
            .single();
    }

}
