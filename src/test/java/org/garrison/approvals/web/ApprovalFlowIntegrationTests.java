package org.garrison.approvals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The approval flow as the demo users live it, through the real screens and API without a browser: the
 * administrator defines a chain, the team leader submits, general affairs and finance decide, finance
 * sends it back, the leader resubmits, and everyone reads the same history.
 */
@IntegrationTest
class ApprovalFlowIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationManagement organisation;

    @Test
    void aClaimTravelsThroughTheChainIsSentBackResubmittedAndApproved() throws Exception {
        String type = "FLOW_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String subject = "流程测试 " + type;

        // The administrator defines the chain: general affairs, finance, and the chairman above ¥1,000.
        mvc.perform(post("/admin/approval-chains").with(as("admin")).with(csrf())
                .param("type", type).param("labelZh", "流程测试").param("labelEn", "Flow test")
                .param("roleCode", "GENERAL_AFFAIRS", "FINANCE", "CHAIRMAN")
                .param("amountAbove", "", "", "1000")
                .param("requiredFlag", "", "", "")
                .param("stepLabel", "", "", ""))
            .andExpect(redirectedUrl("/admin/approval-chains"));
        mvc.perform(get("/admin/approval-chains").with(as("affairs"))).andExpect(status().isForbidden());

        // The team leader submits a claim of exactly ¥1,000 for the Futian site: two steps.
        String created = mvc.perform(post("/api/v1/approvals").with(as("leader")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"type": "%s", "subject": "%s", "amount": 1000.00, "siteId": %d, "link": "/expenses/flow"}
                        """.formatted(type, subject, site("S101"))))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.steps.length()", is(2)))
            .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.request.id")).longValue();

        // It waits for general affairs only.
        mvc.perform(get("/approvals/inbox").with(as("affairs"))).andExpect(content().string(containsString(subject)));
        mvc.perform(get("/approvals/inbox").with(as("finance"))).andExpect(content().string(not(containsString(subject))));
        mvc.perform(get("/api/v1/approvals/inbox").with(as("finance"))).andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
        mvc.perform(get("/approvals/{id}", id).with(as("client"))).andExpect(status().isNotFound());

        // Finance cannot skip ahead; general affairs approves.
        mvc.perform(post("/api/v1/approvals/{id}/approve", id).with(as("finance")).contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/approvals/{id}/approve", id).with(as("affairs")).with(csrf()).param("comment", "属实"))
            .andExpect(redirectedUrl("/approvals/" + id))
            .andExpect(flash().attribute("flash", "approvals.approved"));

        // Finance must say why it sends the claim back, then does.
        mvc.perform(post("/approvals/{id}/return", id).with(as("finance")).with(csrf()).param("comment", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("请填写审批意见说明原因。")));
        mvc.perform(post("/approvals/{id}/return", id).with(as("finance")).with(csrf()).param("comment", "请附发票"))
            .andExpect(flash().attribute("flash", "approvals.returned"));

        // The leader sees it returned among their requests and resubmits it.
        mvc.perform(get("/approvals/mine").with(as("leader"))).andExpect(content().string(containsString(subject)));
        mvc.perform(get("/approvals/{id}", id).with(as("leader")))
            .andExpect(content().string(containsString("id=\"resubmit-form\"")));
        mvc.perform(post("/approvals/{id}/resubmit", id).with(as("leader")).with(csrf()).param("comment", "已附发票"))
            .andExpect(flash().attribute("flash", "approvals.resubmitted"));

        // Both steps approve again, through the API this time.
        mvc.perform(post("/api/v1/approvals/{id}/approve", id).with(as("affairs")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"comment\": \"同意\"}"))
            .andExpect(jsonPath("$.request.waitingFor", is("FINANCE")));
        mvc.perform(post("/api/v1/approvals/{id}/approve", id).with(as("finance")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"comment\": \"同意\"}"))
            .andExpect(jsonPath("$.request.status", is("APPROVED")));

        // The history tells the whole story on the page.
        mvc.perform(get("/approvals/{id}", id).with(as("leader")))
            .andExpect(content().string(containsString("请附发票")))
            .andExpect(content().string(containsString("已附发票")))
            .andExpect(content().string(containsString("财务部 吴静")))
            .andExpect(content().string(not(containsString("id=\"decision-form\""))));
        mvc.perform(get("/api/v1/approvals/{id}", id).with(as("leader")))
            .andExpect(jsonPath("$.history.length()", is(6)));
    }

    @Test
    void theDemoInboxesHoldTheirPendingClaims() throws Exception {
        mvc.perform(get("/approvals/inbox").with(as("affairs"))).andExpect(content().string(containsString("福田支行 11 月夜班交通费")));
        mvc.perform(get("/approvals/inbox").with(as("finance"))).andExpect(content().string(containsString("福田支行对讲机维修费")));
        mvc.perform(get("/approvals/mine").with(as("leader"))).andExpect(content().string(containsString("冬季执勤大衣 12 件")));
        mvc.perform(get("/admin/approval-chains").with(as("admin"))).andExpect(content().string(containsString("董事长批准")));
    }

    @Test
    void nobodyReachesARequestOutsideTheirScopeOrSteps() throws Exception {
        String body = """
                {"type": "EXPENSE_CLAIM", "subject": "另一大队的申请", "amount": 20, "siteId": %d}
                """.formatted(site("S201"));
        mvc.perform(post("/api/v1/approvals").with(as("leader")).contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isNotFound());
        String created = mvc.perform(post("/api/v1/approvals").with(as("cs")).contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.request.id")).longValue();
        mvc.perform(get("/api/v1/approvals/{id}", id).with(as("supervisor"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/approvals/{id}", id).with(as("affairs"))).andExpect(status().isOk());
        // Those who follow the requests of their sites (APPROVALS_VIEW) see it within their scope, read-only.
        mvc.perform(get("/approvals/{id}", id).with(as("ops"))).andExpect(status().isOk());
        mvc.perform(get("/approvals/{id}", id).with(as("guard"))).andExpect(status().isNotFound());
    }

    @Test
    void eachTypeIsSubmittedOnlyByThoseAllowedToAndAClientFilesNone() throws Exception {
        String compensation = """
                {"type": "COMPLAINT_COMPENSATION", "subject": "客户赔偿 %s", "amount": 300, "siteId": %d}
                """.formatted(UUID.randomUUID(), site("S101"));
        mvc.perform(post("/api/v1/approvals").with(as("client")).contentType(MediaType.APPLICATION_JSON).content(compensation))
            .andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/approvals").with(as("guard")).contentType(MediaType.APPLICATION_JSON).content(compensation))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/approvals").with(as("cs")).contentType(MediaType.APPLICATION_JSON).content(compensation))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.steps.length()", is(2)));
        mvc.perform(post("/api/v1/approvals").with(as("guard")).contentType(MediaType.APPLICATION_JSON).content("""
                {"type": "REQUISITION", "subject": "执勤手电筒 1 支", "amount": 45, "siteId": %d}
                """.formatted(site("S101"))))
            .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/approvals").with(as("guard")).contentType(MediaType.APPLICATION_JSON).content("""
                {"type": "EXPENSE_CLAIM", "subject": "交通费", "amount": 12, "siteId": %d}
                """.formatted(site("S101"))))
            .andExpect(status().isForbidden());
    }

    @Test
    void everyInstallationStartsWithTheChainsOfTheRulebook() throws Exception {
        // shipped by migration, not demo data: the expense claim has the chairman approve every claim
        String claim = mvc.perform(post("/api/v1/approvals").with(as("leader")).contentType(MediaType.APPLICATION_JSON).content("""
                {"type": "EXPENSE_CLAIM", "subject": "夜班交通费 %s", "amount": 20, "siteId": %d}
                """.formatted(UUID.randomUUID(), site("S101"))))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(claim, "$.steps[*].roleCode"))
            .containsExactly("GENERAL_AFFAIRS", "FINANCE", "CHAIRMAN", "FINANCE");
        mvc.perform(get("/admin/approval-chains").with(as("admin")))
            .andExpect(content().string(containsString("COMPLAINT_COMPENSATION")))
            .andExpect(content().string(containsString("REWARD_PENALTY")))
            .andExpect(content().string(containsString("APPEAL")))
            .andExpect(content().string(containsString("物资领用")))
            .andExpect(content().string(not(containsString("偏离制度"))));
    }

    @Test
    void aLinkThatABrowserReadsAsAnotherSiteIsRefused() throws Exception {
        mvc.perform(post("/api/v1/approvals").with(as("leader")).contentType(MediaType.APPLICATION_JSON).content("""
                {"type": "EXPENSE_CLAIM", "subject": "交通费", "amount": 12, "link": "/\\\\evil.example"}
                """))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail", containsString("/")));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long site(String code) {
        return organisation.siteByCode(code).orElseThrow().value();
    }

}
