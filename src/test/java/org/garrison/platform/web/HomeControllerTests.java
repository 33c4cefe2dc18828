package org.garrison.platform.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.SiteChoice;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
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
    void aClientsHomeShowsItsCompanyAndSitesWithoutRolesOrDataScope() throws Exception {
        when(organisation.scopeTargetName(any())).thenReturn(Optional.of("鹏城银行深圳分行"));
        when(organisation.siteChoices(any())).thenReturn(List.of(new SiteChoice(new SiteId(1), "S101", "鹏城银行福田支行"),
                new SiteChoice(new SiteId(2), "S102", "鹏城银行罗湖支行")));
        mvc.perform(get("/").with(as(ScopeLevel.CLIENT, 1L)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"home-sites\"")))
            .andExpect(content().string(containsString("鹏城银行深圳分行")))
            .andExpect(content().string(containsString("鹏城银行罗湖支行")))
            .andExpect(content().string(not(containsString("id=\"home-scope\""))))
            .andExpect(content().string(not(containsString("数据范围"))));
    }

    @Test
    void staffStillSeeTheirRolesAndDataScope() throws Exception {
        mvc.perform(get("/").with(as(ScopeLevel.COMPANY, null)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"home-scope\"")))
            .andExpect(content().string(containsString("数据范围")))
            .andExpect(content().string(not(containsString("id=\"home-sites\""))));
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
