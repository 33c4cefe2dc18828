package org.garrison.platform.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class HomeControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisation;

    @Test
    void signInPageIsPublicInChineseByDefaultWithStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("lang=\"zh-CN\"")))
            .andExpect(content().string(containsString("登录")))
            .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
            .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void languageSwitchGivesEnglishAndRemembersIt() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("lang=\"en\"")))
            .andExpect(content().string(containsString("Sign in")))
            .andExpect(cookie().value("GARRISON_LANG", "en"));
    }

    @Test
    void homeNeedsASignedInUserOfAnyRoleAndScope() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").with(as(ScopeLevel.CLIENT, 1L)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("测试用户")));
        mvc.perform(get("/").with(as(ScopeLevel.OWN, null)).param("lang", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Own records only")));
    }

    @Test
    void unknownPageIsAFriendlyNotFoundPage() throws Exception {
        mvc.perform(get("/no-such-page").with(as(ScopeLevel.COMPANY, null)))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("页面不存在")));
    }

    @Test
    void unknownApiPathIsProblemJsonForAnonymousCallers() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

}
