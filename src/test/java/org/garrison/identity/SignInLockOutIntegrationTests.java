package org.garrison.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.garrison.identity.internal.User;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real sign-in form and token endpoint: one answer for an unknown user, a wrong password and a locked account; a
 * throttle per client address (ten failures in fifteen minutes, garrison.identity.sign-in) that holds back an attacker's
 * address without locking the known user out of his own. Each test signs in from addresses of its own.
 */
@IntegrationTest
class SignInLockOutIntegrationTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private static final int PER_ADDRESS = 10;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    TestAccounts accounts;

    @BeforeEach
    void setUp(@Autowired ApplicationContext context) {
        accounts = TestAccounts.from(context);
    }

    @Test
    void anUnknownUserAWrongPasswordAndALockedAccountGetTheSameAnswer() throws Exception {
        User guard = accounts.newGuard("sameanswer");
        String from = newAddress();
        jdbc.sql("update app_user set locked_until = current_timestamp + interval '1' hour where id = ?")
            .param(guard.getId())
            .update();

        mvc.perform(form("nobody-" + guard.getUsername(), "Falsch123456", from)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(form(guard.getUsername(), "Falsch123456", from)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(form(guard.getUsername(), TestAccounts.PASSWORD, from)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("用户名或密码错误，或账户因多次登录失败暂时锁定。")));

        String unknown = token("nobody-" + guard.getUsername(), "Falsch123456", from);
        assertThat(token(guard.getUsername(), "Falsch123456", from)).isEqualTo(unknown);
        assertThat(token(guard.getUsername(), TestAccounts.PASSWORD, from)).isEqualTo(unknown);

        assertThat(audited("SIGN_IN_FAILED", guard)).as("the administrator still sees why").isEqualTo(4);
    }

    @Test
    void anAttackersAddressIsThrottledWhileTheKnownUserSignsInFromHisOwn() throws Exception {
        User guard = accounts.newGuard("throttle");
        String attacker = newAddress();
        String own = newAddress();

        for (int attempt = 1; attempt <= PER_ADDRESS; attempt++) {
            mvc.perform(form(attempt % 2 == 0 ? guard.getUsername() : "nobody-" + attempt, "Falsch123456", attacker))
                .andExpect(redirectedUrl("/login?error"));
        }
        // refused before the password is checked: even the right one does not get in from there, and it is not audited
        mvc.perform(form(guard.getUsername(), TestAccounts.PASSWORD, attacker)).andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(get("/login").param("throttled", "").with(from(attacker)))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("此地址登录失败次数过多，请 15 分钟后再试。")));
        mvc.perform(tokenRequest(guard.getUsername(), TestAccounts.PASSWORD, attacker).header("Accept-Language", "en"))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d+")))
            .andExpect(jsonPath("$.detail").value("Too many failed sign-ins from this address. Try again in 15 minutes."));
        assertThat(audited("SIGN_IN_FAILED", guard)).isEqualTo(PER_ADDRESS / 2);

        assertThat(accounts.isLocked(guard)).as("one address cannot lock the account").isFalse();
        mvc.perform(form(guard.getUsername(), TestAccounts.PASSWORD, own)).andExpect(redirectedUrl("/"));
        mvc.perform(tokenRequest(guard.getUsername(), TestAccounts.PASSWORD, own)).andExpect(status().isCreated());
        assertThat(audited("SIGN_IN", guard)).isEqualTo(2);
    }

    @Test
    void failedTokenRequestsCountTowardsTheSameThrottle() throws Exception {
        User guard = accounts.newGuard("apithrottle");
        String attacker = newAddress();
        for (int attempt = 1; attempt <= PER_ADDRESS; attempt++) {
            mvc.perform(tokenRequest(guard.getUsername(), "Falsch123456", attacker)).andExpect(status().isUnauthorized());
        }
        mvc.perform(tokenRequest(guard.getUsername(), TestAccounts.PASSWORD, attacker)).andExpect(status().isTooManyRequests());
        mvc.perform(form(guard.getUsername(), TestAccounts.PASSWORD, attacker)).andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(tokenRequest(guard.getUsername(), TestAccounts.PASSWORD, newAddress())).andExpect(status().isCreated());
    }

    @Test
    void theThrottleEndsWithItsWindow() throws Exception {
        String address = newAddress();
        jdbc.sql("insert into sign_in_throttle (address, failures, window_start) values (?, ?, current_timestamp - interval '14' minute)")
            .params(address, PER_ADDRESS)
            .update();
        User guard = accounts.newGuard("window");
        mvc.perform(form(guard.getUsername(), TestAccounts.PASSWORD, address)).andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(get("/login").param("throttled", "").with(from(address)))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("此地址登录失败次数过多，请 1 分钟后再试。")));
        jdbc.sql("update sign_in_throttle set window_start = window_start - interval '2' minute where address = ?")
            .param(address)
            .update();
        mvc.perform(form(guard.getUsername(), TestAccounts.PASSWORD, address)).andExpect(redirectedUrl("/"));
    }

    /** A fresh documentation address (203.0.113.0/24, RFC 5737) per call, so tests never share a throttle. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0." + (113 + n / 250) + "." + (n % 250 + 1);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockHttpServletRequestBuilder form(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    private MockHttpServletRequestBuilder tokenRequest(String username, String password, String address) {
        return post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(Map.of("username", username, "password", password)))
            .with(from(address));
    }

    /** The token endpoint's answer (status and body) to a refused sign-in. */
    private String token(String username, String password, String address) throws Exception {
        var response = mvc.perform(tokenRequest(username, password, address)).andReturn().getResponse();
        return response.getStatus() + " " + response.getContentAsString();
    }

    private long audited(String action, User user) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and entity_type = 'User' and entity_id = ?")
            .params(action, String.valueOf(user.getId()))
            .query(Long.class)
            .single();
    }

}
