package org.garrison.siteops.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.SiteId;
import org.garrison.siteops.access.PersonEntry.Visitor;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * The access log export over the API: the same long job as on the access page, answered 202 with the job, followed
 * at /api/v1/jobs/{id} and fetched from its result; the leader's file holds their site only; another site is not
 * found; client users may not, visitors must sign in.
 */
@IntegrationTest
class AccessExportApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    IdentityManagement identity;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    AccessLog access;

    @Autowired
    JsonMapper json;

    @Test
    void aLeaderExportsTheirSitesLogAsALongJobAndFetchesTheFile() throws Exception {
        var ops = identity.user("ops").orElseThrow();
        access.admitPerson(ops, site("S101"), new Visitor("郑接口导出", IdType.PASSPORT, "G23456789", "审计署", "例行检查", null, null));
        access.admitPerson(ops, site("S201"), new Visitor("冯接口不可见", IdType.PASSPORT, "G98765432", "园区", "参观", null, null));

        var started = mvc.perform(post("/api/v1/siteops/access/exports").with(as("leader"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"q\": \"接口\"}"))
            .andExpect(status().isAccepted())
            .andExpect(jsonPath("$.kind").value(AccessExport.KIND))
            .andExpect(jsonPath("$.status").exists())
            .andReturn().getResponse();
        long job = json.readTree(started.getContentAsString()).get("id").asLong();
        assertThat(started.getHeader("Location")).isEqualTo("/api/v1/jobs/" + job);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> "DONE".equals(json
            .readTree(mvc.perform(get("/api/v1/jobs/{id}", job).with(as("leader"))).andReturn().getResponse().getContentAsString())
            .get("status").asString()));
        byte[] file = mvc.perform(get("/api/v1/jobs/{id}/result", job).with(as("leader")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
            .andReturn().getResponse().getContentAsByteArray();
        assertThat(AccessExportIntegrationTests.sharedStrings(file)).contains(AccessExportIntegrationTests.xml("郑接口导出"))
            .doesNotContain(AccessExportIntegrationTests.xml("冯接口不可见"));
        mvc.perform(get("/api/v1/jobs/{id}", job).with(as("ops"))).andExpect(status().isNotFound());
    }

    @Test
    void withoutABodyEverythingInScopeIsExported() throws Exception {
        mvc.perform(post("/api/v1/siteops/access/exports").with(as("ops")))
            .andExpect(status().isAccepted())
            .andExpect(header().string("Location", containsString("/api/v1/jobs/")));
    }

    @Test
    void anotherSiteIsNotFoundAndABadDayIsABadRequestInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/siteops/access/exports").with(as("leader")).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).content("{\"siteId\": %d}".formatted(site("S201"))))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value(containsString("不存在或不在您的数据范围内")));
        mvc.perform(post("/api/v1/siteops/access/exports").with(as("leader")).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).content("{\"day\": \"2026-13-45\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("请求格式错误或包含无效的值。"));
    }

    @Test
    void clientUsersMayNotExportAndVisitorsMustSignIn() throws Exception {
        for (String client : new String[] { "client", "client2" }) {
            mvc.perform(post("/api/v1/siteops/access/exports").with(as(client))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/siteops/access/exports")).andExpect(status().isUnauthorized());
    }

    private long site(String code) {
        return organisation.siteByCode(code).map(SiteId::value).orElseThrow();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
