package org.garrison.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;

import org.garrison.identity.TestAccounts;
import org.garrison.identity.internal.ApiTokens;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class TokenApiControllerIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JsonMapper json;

    TestAccounts accounts;

    @BeforeEach
    void setUp(@Autowired ApplicationContext context) {
        accounts = TestAccounts.from(context);
    }

    @Test
    void tokenFlowFromSignInToSignOut() throws Exception {
        var guard = accounts.newGuard("api");

        // 1. sign in for a token
        String body = mvc.perform(signIn(guard.getUsername(), TestAccounts.PASSWORD, "巡逻手机"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.tokenType").value("Bearer"))
            .andExpect(jsonPath("$.token").value(startsWith("gar_")))
            .andExpect(jsonPath("$.expiresAt").isString())
            .andReturn().getResponse().getContentAsString();
        String token = json.readTree(body).get("token").asString();

        // 2. use it
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.username").value(guard.getUsername()))
            .andExpect(jsonPath("$.roles[0].code").value("GUARD"))
            .andExpect(jsonPath("$.roles[0].name").value("保安员"))
            .andExpect(jsonPath("$.permissions").value(hasItem("ORG_VIEW")))
            .andExpect(jsonPath("$.scope.level").value("OWN"));

        // 3. sign out
        mvc.perform(delete("/api/v1/auth/token").header("Authorization", "Bearer " + token))
            .andExpect(status().isNoContent());

        // 4. the token no longer works
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(audited("TOKEN_ISSUED", guard.getUsername())).isEqualTo(1);
        assertThat(audited("SIGN_IN", guard.getUsername())).isEqualTo(1);
    }

    @Test
    void expiredTokenIsRefused() throws Exception {
        var guard = accounts.newGuard("expired");
        var issued = tokens.issue(guard.getId(), "old");
        jdbc.sql("update api_token set expires_at = ? where id = ?")
            .params(Timestamp.from(Instant.now().minusSeconds(60)), issued.id())
            .update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.value()))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.detail").value("访问令牌无效、已过期或已被吊销。"));
    }

    @Test
    void forgedTokensAreRefused() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer gar_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-even-a-token"))
            .andExpect(status().isUnauthorized());
    }

    @Test
    void wrongPasswordIsRefusedInTheCallersLanguage() throws Exception {
        var guard = accounts.newGuard("wrongpw");
        // from an address of its own: failures count towards the per-address throttle
        RequestPostProcessor from = request -> {
            request.setRemoteAddr("198.51.100.7");
            return request;
        };
        mvc.perform(signIn(guard.getUsername(), "Falsch123456", null).with(from))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(401))
            .andExpect(jsonPath("$.title").value("未登录"))
            .andExpect(jsonPath("$.detail").value("用户名或密码错误，或账户因多次登录失败暂时锁定。"));
        mvc.perform(signIn(guard.getUsername(), "Falsch123456", null).with(from).header("Accept-Language", "en-GB,en;q=0.8"))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.detail").value("Wrong user name or password, or the account is locked for a while after many failed sign-ins."));
        mvc.perform(signIn("nobody-" + guard.getUsername(), "Falsch123456", null).with(from))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.detail").value("用户名或密码错误，或账户因多次登录失败暂时锁定。"));
        assertThat(audited("SIGN_IN_FAILED", guard.getUsername())).isEqualTo(2);
    }

    @Test
    void malformedOrIncompleteRequestsAreBadRequests() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\": "))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("请求格式错误或包含无效的值。"));
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"guard\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void signingOutNeedsAToken() throws Exception {
        mvc.perform(delete("/api/v1/auth/token"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private MockHttpServletRequestBuilder signIn(String username, String password, String name) {
        String body = name == null
                ? json.writeValueAsString(java.util.Map.of("username", username, "password", password))
                : json.writeValueAsString(java.util.Map.of("username", username, "password", password, "name", name));
        return post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long audited(String action, String username) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and actor_name = ?")
            .params(action, username)
            .query(Long.class)
            .single();
    }

}
