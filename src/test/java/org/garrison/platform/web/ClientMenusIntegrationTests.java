package org.garrison.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Locale;

import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A client user's home and menus show its own sites, incidents, complaints and surveys, and none of the internal
 * screens (data scope, approvals, long jobs, the brigade tree, the satisfaction report); staff keep theirs.
 */
@IntegrationTest
class ClientMenusIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void aClientSeesItsOwnThingsAndNoInternalScreens() throws Exception {
        String home = home("client");
        assertThat(home).contains("href=\"/servicedesk/complaints\"", "href=\"/siteops/client/incidents\"",
                "href=\"/servicedesk/surveys/mine\"", "id=\"home-sites\"", "鹏城银行福田支行");
        assertThat(home).doesNotContain("数据范围", "href=\"/approvals/inbox\"", "href=\"/approvals/mine\"",
                "href=\"/jobs\"", "href=\"/org\"", "href=\"/servicedesk/satisfaction\"");
    }

    @Test
    void staffMenusAreUnchanged() throws Exception {
        assertThat(home("cs")).contains("数据范围", "href=\"/approvals/inbox\"", "href=\"/approvals/mine\"", "href=\"/jobs\"",
                "href=\"/org\"", "href=\"/servicedesk/satisfaction\"").doesNotContain("id=\"home-sites\"");
        assertThat(home("leader")).contains("href=\"/approvals/inbox\"", "href=\"/jobs\"", "href=\"/org\"");
    }

    private String home(String username) throws Exception {
        return mvc.perform(get("/").with(user(users.loadUserByUsername(username))).locale(Locale.SIMPLIFIED_CHINESE))
            .andReturn().getResponse().getContentAsString();
    }

}
