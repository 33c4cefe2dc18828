package org.garrison.identity.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.garrison.identity.internal.ApiTokens;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class UserApiControllerIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Test
    void meDescribesTheCallerWithScopeAndPermissions() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", bearer("supervisor")).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.username").value("supervisor"))
            .andExpect(jsonPath("$.displayName").value("保安主管 郑伟"))
            .andExpect(jsonPath("$.roles[0].name").value("Supervisor"))
            .andExpect(jsonPath("$.permissions").value(hasItem("ORG_VIEW")))
            .andExpect(jsonPath("$.scope.level").value("BRANCH"))
            .andExpect(jsonPath("$.scope.name").value("第一大队"))
            .andExpect(jsonPath("$.passwordHash").doesNotExist());
    }

    @Test
    void administratorListsUsersPageByPageWithoutPasswordHashes() throws Exception {
        mvc.perform(get("/api/v1/users").param("q", "client").param("size", "5").header("Authorization", bearer("admin")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.page").value(0))
            .andExpect(jsonPath("$.size").value(5))
            .andExpect(jsonPath("$.content[*].username").value(hasItem("client2")))
            .andExpect(jsonPath("$.content[0].scope.level").value("CLIENT"))
            .andExpect(content().string(not(containsString("password"))))
            .andExpect(content().string(not(containsString("{noop}"))))
            .andExpect(content().string(not(containsString("{bcrypt}"))));
        mvc.perform(get("/api/v1/users").param("size", "1000").header("Authorization", bearer("admin")))
            .andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @ValueSource(strings = { "cs", "guard", "client" })
    void othersMayNotListUsers(String username) throws Exception {
        mvc.perform(get("/api/v1/users").header("Authorization", bearer(username)))
            .andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(username))).andExpect(status().isOk());
    }

    @Test
    void anonymousCallersGetProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/users"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("请先登录，或提供有效的访问令牌。"));
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
    }

    private String bearer(String username) {
        long id = jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
        return "Bearer " + tokens.issue(id, "test").value();
    }

}
